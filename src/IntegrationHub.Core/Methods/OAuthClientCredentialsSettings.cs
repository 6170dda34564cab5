namespace IntegrationHub.Methods;

/// <summary>Settings of an OAuth 2.0 client credentials method (RFC 6749 §4.4).</summary>
public sealed record OAuthClientCredentialsSettings : OAuthSettings
{
    public override AuthenticationMethodType Type => AuthenticationMethodType.OAuth2ClientCredentials;
}
