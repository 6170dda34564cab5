using System.Diagnostics.CodeAnalysis;

namespace IntegrationHub.Methods;

/// <summary>Maps <see cref="AuthenticationMethodType"/> to and from the names used in the API.</summary>
public static class AuthenticationMethodTypeNames
{
    public const string Basic = "basic";
    public const string CustomHeader = "customHeader";
    public const string OAuth2ClientCredentials = "oauth2ClientCredentials";
    public const string OAuth2AuthorizationCode = "oauth2AuthorizationCode";

    /// <summary>The names an operator may use when creating a method.</summary>
    public static IReadOnlyList<string> Configurable { get; } =
        [Basic, CustomHeader, OAuth2ClientCredentials, OAuth2AuthorizationCode];

    public static string ToName(this AuthenticationMethodType type) => type switch
    {
        AuthenticationMethodType.Basic => Basic,
        AuthenticationMethodType.CustomHeader => CustomHeader,
        AuthenticationMethodType.OAuth2ClientCredentials => OAuth2ClientCredentials,
        AuthenticationMethodType.OAuth2AuthorizationCode => OAuth2AuthorizationCode,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown authentication method type."),
    };

    public static bool TryParse(string? name, [NotNullWhen(true)] out AuthenticationMethodType? type)
    {
        type = name switch
        {
            Basic => AuthenticationMethodType.Basic,
            CustomHeader => AuthenticationMethodType.CustomHeader,
            OAuth2ClientCredentials => AuthenticationMethodType.OAuth2ClientCredentials,
            OAuth2AuthorizationCode => AuthenticationMethodType.OAuth2AuthorizationCode,
            _ => null,
        };
        return type is not null;
    }
}
