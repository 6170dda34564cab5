using IntegrationHub.Templates;

namespace IntegrationHub.Authentication;

/// <summary>Template values for a method that reads no client data: only <c>{OAuth.access_token}</c>, if any.</summary>
public sealed class StaticTemplateValues(string? accessToken) : ITemplateValues
{
    public string? AccessToken { get; } = accessToken;

    public string? GetClientValue(string path) => null;
}
