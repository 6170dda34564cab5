using System.Text.Json;

namespace IntegrationHub.Calls;

/// <summary>The response of the upstream API.</summary>
/// <param name="Headers">Response and content headers; repeated headers are joined with ", ", except <c>Set-Cookie</c>, which is dropped.</param>
/// <param name="JsonBody">The body when the upstream sent JSON that parses.</param>
/// <param name="TextBody">The body as UTF-8 text otherwise; <see langword="null"/> for an empty body.</param>
public sealed record UpstreamResponse(int Status, IReadOnlyDictionary<string, string> Headers, JsonElement? JsonBody, string? TextBody);
