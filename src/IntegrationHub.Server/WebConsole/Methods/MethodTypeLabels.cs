using IntegrationHub.Methods;

namespace IntegrationHub.Server.WebConsole.Methods;

/// <summary>The names that the console shows for the authentication method types.</summary>
internal static class MethodTypeLabels
{
    public static IReadOnlyList<KeyValuePair<string, string>> Configurable { get; } =
    [
        KeyValuePair.Create(AuthenticationMethodTypeNames.Basic, "Basic"),
        KeyValuePair.Create(AuthenticationMethodTypeNames.CustomHeader, "Custom Header"),
        KeyValuePair.Create(AuthenticationMethodTypeNames.OAuth2AuthorizationCode, "OAuth 2.0 Authorization Code"),
        KeyValuePair.Create(AuthenticationMethodTypeNames.OAuth2ClientCredentials, "OAuth 2.0 Client Credentials"),
    ];

    public static string For(string? typeName) =>
        Configurable.FirstOrDefault(t => t.Key == typeName).Value ?? typeName ?? string.Empty;

    public static string For(AuthenticationMethodType type) => For(type.ToName());
}
