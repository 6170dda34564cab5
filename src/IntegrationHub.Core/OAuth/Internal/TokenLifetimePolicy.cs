using IntegrationHub.Methods;
using Microsoft.Extensions.Options;

namespace IntegrationHub.OAuth.Internal;

/// <summary>Decides until when a token is used: the stated lifetime or the default, capped at the maximum, minus the renewal skew.</summary>
internal sealed class TokenLifetimePolicy
{
    private readonly TimeProvider _timeProvider;
    private readonly IOptionsMonitor<OAuthOptions> _options;

    public TokenLifetimePolicy(TimeProvider timeProvider, IOptionsMonitor<OAuthOptions> options)
    {
        _timeProvider = timeProvider;
        _options = options;
    }

    /// <summary>Returns when to stop using the token, and its lifetime after the cap; a lifetime of zero or less means this call only.</summary>
    public (DateTimeOffset ExpiresAt, TimeSpan Lifetime) Compute(OAuthSettings settings, StatedLifetime stated)
    {
        var options = _options.CurrentValue;
        var now = _timeProvider.GetUtcNow();
        var lifetime = stated.ExpiresAt is { } absolute
            ? absolute - now
            : stated.ExpiresIn ?? settings.DefaultTokenLifetime ?? options.DefaultTokenLifetime;

        if (lifetime <= TimeSpan.Zero)
        {
            return (now, TimeSpan.Zero);
        }

        if (lifetime > options.MaxTokenLifetime)
        {
            lifetime = options.MaxTokenLifetime;
        }

        // A fixed skew would swallow short lifetimes whole, so those are renewed after three quarters of their lifetime.
        var skew = settings.ExpirySkew ?? options.ExpirySkew;
        if (skew > lifetime / 4)
        {
            skew = lifetime / 4;
        }

        return (now + lifetime - skew, lifetime);
    }
}
