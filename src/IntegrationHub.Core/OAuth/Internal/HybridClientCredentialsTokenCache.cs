using System.Runtime.CompilerServices;
using IntegrationHub.Connections;
using IntegrationHub.Internal;
using IntegrationHub.Methods;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.OAuth.Internal;

/// <summary>
/// Caches client credentials tokens in HybridCache, whose stampede protection makes concurrent callers with a cold cache share one token request.
/// </summary>
/// <remarks>
/// HybridCache fixes an entry's expiration before the factory runs, so entries live for <see cref="OAuthOptions.MaxTokenLifetime"/>
/// and each read checks the token's own expiry against <see cref="TimeProvider"/>.
/// The key contains the method version, so an edited method never reuses a token obtained with its old settings.
/// </remarks>
internal sealed class HybridClientCredentialsTokenCache : IClientCredentialsTokenCache
{
    private readonly HybridCache _cache;
    private readonly ITokenClient _tokenClient;
    private readonly TimeProvider _timeProvider;
    private readonly IOptionsMonitor<OAuthOptions> _options;
    private readonly ILogger<HybridClientCredentialsTokenCache> _logger;
    private readonly KeyedAsyncLock _renewalLock = new();

    public HybridClientCredentialsTokenCache(HybridCache cache, ITokenClient tokenClient, TimeProvider timeProvider, IOptionsMonitor<OAuthOptions> options, ILogger<HybridClientCredentialsTokenCache> logger)
    {
        _cache = cache;
        _tokenClient = tokenClient;
        _timeProvider = timeProvider;
        _options = options;
        _logger = logger;
    }

    public async ValueTask<TokenResult> GetTokenAsync(AuthenticationMethod method, ApiEnvironment environment, CancellationToken cancellationToken = default)
    {
        var settings = (OAuthSettings)method.Settings;
        var key = CreateKey(method, environment);
        var created = new StrongBox<bool>();
        try
        {
            // A token that this call just obtained is used even when its lifetime is zero; it is not reused by the next call.
            var cached = await GetOrCreateAsync(key, settings, created, cancellationToken);
            if (created.Value)
            {
                return TokenResult.Success(cached.AccessToken, null, cached.ExpiresAt);
            }

            if (IsUsable(cached))
            {
                Log.TokenCacheHit(_logger, method.Id, environment.ToName());
                return TokenResult.Success(cached.AccessToken, null, cached.ExpiresAt);
            }

            // The cached token is about to expire: renew it once on this node, however many callers noticed.
            using (await _renewalLock.AcquireAsync(key, cancellationToken))
            {
                cached = await GetOrCreateAsync(key, settings, created, cancellationToken);
                if (!created.Value && !IsUsable(cached))
                {
                    await _cache.RemoveAsync(key, cancellationToken);
                    cached = await GetOrCreateAsync(key, settings, created, cancellationToken);
                }
            }

            return TokenResult.Success(cached.AccessToken, null, cached.ExpiresAt);
        }
        catch (TokenRequestFailedException exception)
        {
            return TokenResult.Failure(exception.Error);
        }
    }

    public async ValueTask InvalidateAsync(AuthenticationMethod method, ApiEnvironment environment, string rejectedToken, CancellationToken cancellationToken = default)
    {
        var key = CreateKey(method, environment);
        using (await _renewalLock.AcquireAsync(key, cancellationToken))
        {
            var current = await _cache.GetOrCreateAsync<CachedAccessToken?>(
                key,
                static _ => ValueTask.FromResult<CachedAccessToken?>(null),
                new HybridCacheEntryOptions { Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite },
                cancellationToken: cancellationToken);
            if (current is null || string.Equals(current.AccessToken.Reveal(), rejectedToken, StringComparison.Ordinal))
            {
                await _cache.RemoveAsync(key, cancellationToken);
                Log.TokenEvicted(_logger, method.Id, environment.ToName());
            }
        }
    }

    private bool IsUsable(CachedAccessToken token) => token.ExpiresAt > _timeProvider.GetUtcNow();

    private ValueTask<CachedAccessToken> GetOrCreateAsync(string key, OAuthSettings settings, StrongBox<bool> created, CancellationToken cancellationToken) =>
        _cache.GetOrCreateAsync(
            key,
            (settings, _tokenClient, created),
            static async (state, cancellationToken) =>
            {
                var result = await state._tokenClient.RequestClientCredentialsTokenAsync(state.settings, cancellationToken);
                state.created.Value = true;
                return result.Succeeded
                    ? new CachedAccessToken(result.AccessToken!, result.ExpiresAt)
                    : throw new TokenRequestFailedException(result.Error!);
            },
            new HybridCacheEntryOptions { Expiration = _options.CurrentValue.MaxTokenLifetime, LocalCacheExpiration = _options.CurrentValue.MaxTokenLifetime },
            cancellationToken: cancellationToken);

    private static string CreateKey(AuthenticationMethod method, ApiEnvironment environment) =>
        $"integrationhub:cc-token:{method.Id:N}:v{method.Version}:{environment.ToName()}";
}
