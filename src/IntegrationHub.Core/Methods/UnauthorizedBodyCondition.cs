using System.Text.RegularExpressions;

namespace IntegrationHub.Methods;

/// <summary>A condition on an upstream JSON body: the value at <see cref="Path"/> equals <see cref="EqualTo"/>, or matches <see cref="Pattern"/>.</summary>
public sealed record UnauthorizedBodyCondition(string Path, string? EqualTo, Regex? Pattern);
