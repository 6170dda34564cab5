using IntegrationHub.Methods;

namespace IntegrationHub.OAuth;

/// <summary>Sends token requests to a method's token endpoint (RFC 6749 §4.1.3, §4.4, §6).</summary>
public interface ITokenClient
{
    Task<TokenResult> RequestClientCredentialsTokenAsync(OAuthSettings settings, CancellationToken cancellationToken = default);

    Task<TokenResult> RequestAuthorizationCodeTokenAsync(OAuthAuthorizationCodeSettings settings, string code, string redirectUri, string? codeVerifier, CancellationToken cancellationToken = default);

    Task<TokenResult> RequestRefreshTokenAsync(OAuthSettings settings, string refreshToken, CancellationToken cancellationToken = default);

    /// <summary>Revokes a refresh token at the method's revocation endpoint (RFC 7009); returns whether the endpoint accepted the request.</summary>
    Task<bool> RevokeRefreshTokenAsync(OAuthSettings settings, string refreshToken, CancellationToken cancellationToken = default);
}
