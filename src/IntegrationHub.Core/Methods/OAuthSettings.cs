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

    /// <value>Defaults to <see cref="BasicAuthEncoding.FormUrlEncoded"/>.</value>
    public BasicAuthEncoding BasicAuthEncoding { get; init; }

    /// <value>Defaults to <see cref="TokenRequestFormat.Form"/>.</value>
    public TokenRequestFormat TokenRequestFormat { get; init; }

    /// <summary>Space-delimited scopes (RFC 6749 §3.3), sent with the client credentials grant.</summary>
    public string? Scope { get; init; }

    public string? Audience { get; init; }

    /// <summary>Resource indicators (RFC 8707), each sent as a <c>resource</c> parameter of every token request.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>Parameters sent with every token request.</summary>
    public IReadOnlyDictionary<string, string> AdditionalTokenParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Parameters sent with refresh requests only.</summary>
    public IReadOnlyDictionary<string, string> AdditionalRefreshParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Static headers sent with every token request; values marked secret are write-only.</summary>
    public IReadOnlyList<HeaderSetting> TokenRequestHeaders { get; init; } = [];

    public TokenResponseMapping? TokenResponseMapping { get; init; }

    /// <summary>The lifetime assumed when a response has no lifetime; <see langword="null"/> uses the server option.</summary>
    public TimeSpan? DefaultTokenLifetime { get; init; }

    /// <summary>How long before expiry a token is renewed; <see langword="null"/> uses the server option.</summary>
    public TimeSpan? ExpirySkew { get; init; }

    public UnauthorizedSignals UnauthorizedSignals { get; init; } = UnauthorizedSignals.Default;

    public RetryOnUnauthorized RetryOnUnauthorized { get; init; }

    /// <summary>The RFC 7009 revocation endpoint; refresh tokens are revoked there when a conversation's data is replaced or deleted.</summary>
    public Uri? RevocationUrl { get; init; }

    public required IReadOnlyList<HeaderSetting> Headers { get; init; }

    public ClientAuthenticationSettings? ClientAuthenticationOrNull { get; init; }

    public override ClientAuthenticationSettings? ClientAuthentication => ClientAuthenticationOrNull;
}
