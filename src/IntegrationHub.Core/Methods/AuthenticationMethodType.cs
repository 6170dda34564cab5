namespace IntegrationHub.Methods;

/// <summary>The kind of an authentication method; the JSON names are in <see cref="AuthenticationMethodTypeNames"/>.</summary>
public enum AuthenticationMethodType
{
    Basic,
    CustomHeader,
    OAuth2ClientCredentials,
    OAuth2AuthorizationCode,
}
