using IntegrationHub.Connections;
using IntegrationHub.Methods;

namespace IntegrationHub.OAuth;

/// <summary>Obtains and caches client credentials tokens per method, method version and environment, shared by all conversations.</summary>
public interface IClientCredentialsTokenCache
{
    /// <summary>Returns a cached token that is not about to expire, or requests one; concurrent callers share one token request.</summary>
    ValueTask<TokenResult> GetTokenAsync(AuthenticationMethod method, ApiEnvironment environment, CancellationToken cancellationToken = default);

    /// <summary>Removes the cached token when it is still <paramref name="rejectedToken"/>, so that callers that already replaced it keep the new one.</summary>
    ValueTask InvalidateAsync(AuthenticationMethod method, ApiEnvironment environment, string rejectedToken, CancellationToken cancellationToken = default);
}
