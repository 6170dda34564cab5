using IntegrationHub.Methods;
using IntegrationHub.OAuth;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Conversations;

/// <summary>Revokes the refresh tokens of dropped conversation tokens at their method's revocation endpoint (RFC 7009), where one is configured.</summary>
internal sealed class TokenRevoker
{
    private readonly IAuthenticationMethodStore _methods;
    private readonly ITokenClient _tokenClient;
    private readonly ILogger<TokenRevoker> _logger;

    public TokenRevoker(IAuthenticationMethodStore methods, ITokenClient tokenClient, ILogger<TokenRevoker> logger)
    {
        _methods = methods;
        _tokenClient = tokenClient;
        _logger = logger;
    }

    /// <summary>
    /// Starts revoking without waiting, so that a slow revocation endpoint does not delay the request that dropped the tokens.
    /// </summary>
    /// <remarks>NOTE: a revocation still running when the process stops is lost; the refresh token then expires on its own.</remarks>
    public void RevokeInBackground(IReadOnlyList<KeyValuePair<Guid, ConversationToken>> tokens)
    {
        if (!tokens.Any(t => t.Value.RefreshToken is not null))
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RevokeAsync(tokens, CancellationToken.None);
            }
            catch (Exception exception)
            {
                Log.RevocationFailedUnexpectedly(_logger, exception.GetType().Name);
            }
        });
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
