using IntegrationHub.Secrets;

namespace IntegrationHub.Methods;

/// <summary>Settings shared by the OAuth 2.0 method types.</summary>
public abstract record OAuthSettings : AuthenticationMethodSettings
{
    /// <summary>The header template applied when a method configures no headers.</summary>
    public const string DefaultHeaderName = "Authorization";

    /// <inheritdoc cref="DefaultHeaderName"/>
    public const string DefaultHeaderValue = "Bearer {OAuth.access_token}";

    public required string ClientId { get; init; }

    public required Secret ClientSecret { get; init; }

    public required Uri TokenUrl { get; init; }

    public required ClientCredentialPlacement ClientCredentialPlacement { get; init; }

    public string? Scope { get; init; }

    public string? Audience { get; init; }

    public IReadOnlyDictionary<string, string> AdditionalTokenParameters { get; init; } = new Dictionary<string, string>();

    public required IReadOnlyList<HeaderSetting> Headers { get; init; }

    public ClientAuthenticationSettings? ClientAuthenticationOrNull { get; init; }

    public override ClientAuthenticationSettings? ClientAuthentication => ClientAuthenticationOrNull;
}
