using IntegrationHub.Methods;
using IntegrationHub.OAuth;

namespace IntegrationHub.Conversations;

/// <summary>Revokes the refresh tokens of dropped conversation tokens at their method's revocation endpoint (RFC 7009), where one is configured.</summary>
internal sealed class TokenRevoker
{
    private readonly IAuthenticationMethodStore _methods;
    private readonly ITokenClient _tokenClient;

    public TokenRevoker(IAuthenticationMethodStore methods, ITokenClient tokenClient)
    {
        _methods = methods;
        _tokenClient = tokenClient;
    }

    /// <summary>Revokes each refresh token; a failed revocation is logged by the token client and does not stop the others.</summary>
    public async Task RevokeAsync(IEnumerable<KeyValuePair<Guid, ConversationToken>> tokens, CancellationToken cancellationToken = default)
    {
        foreach (var (methodId, token) in tokens)
        {
            if (token.RefreshToken is null)
            {
                continue;
            }

            if (await _methods.FindAsync(methodId, cancellationToken) is { Settings: OAuthSettings { RevocationUrl: not null } settings })
            {
                await _tokenClient.RevokeRefreshTokenAsync(settings, token.RefreshToken.Reveal(), cancellationToken);
            }
        }
    }
}
