namespace IntegrationHub.Methods;

/// <summary>Settings of an OAuth 2.0 authorization code method (RFC 6749 §4.1).</summary>
public sealed record OAuthAuthorizationCodeSettings : OAuthSettings
{
    public OAuthAuthorizationCodeSettings()
    {
    }

    /// <summary>Copies the settings shared by the OAuth types; the code flow's own settings are set by the caller.</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public OAuthAuthorizationCodeSettings(OAuthSettings shared)
        : base(shared)
    {
        AuthorizationCodeReference = DefaultAuthorizationCodeReference;
        RedirectUri = string.Empty;
    }

    /// <summary>The default template that reads the code from the client data.</summary>
    public const string DefaultAuthorizationCodeReference = "{Auth.authorization_code}";

    /// <summary>A template that resolves to the authorization code.</summary>
    public required string AuthorizationCodeReference { get; init; }

    /// <summary>A static URI or a template; sent unchanged as <c>redirect_uri</c> in the code exchange.</summary>
    public required string RedirectUri { get; init; }

    /// <summary>A template that resolves to the PKCE code verifier (RFC 7636 §4.5), sent unchanged in the code exchange; <see langword="null"/> sends none.</summary>
    public string? CodeVerifierReference { get; init; }

    public override AuthenticationMethodType Type => AuthenticationMethodType.OAuth2AuthorizationCode;
}
