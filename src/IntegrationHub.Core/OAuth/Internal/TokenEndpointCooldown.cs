using System.Collections.Concurrent;

namespace IntegrationHub.OAuth.Internal;

/// <summary>
/// Stops sending token requests to an endpoint for a while after it failed several times in a row (unreachable, timed out or 5xx),
/// so that an outage is not met with a request per call.
/// </summary>
internal sealed class TokenEndpointCooldown
{
    /// <summary>Consecutive failures after which requests pause.</summary>
    public const int FailureThreshold = 3;

    /// <summary>How long requests pause.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, State> _states = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    public TokenEndpointCooldown(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>Returns when requests may resume, or <see langword="null"/> when they may be sent now.</summary>
    public DateTimeOffset? PausedUntil(string key) =>
        _states.TryGetValue(key, out var state) && state.PausedUntil > _timeProvider.GetUtcNow() ? state.PausedUntil : null;

    public void RecordSuccess(string key) => _states.TryRemove(key, out _);

    public void RecordFailure(string key) =>
        _states.AddOrUpdate(
            key,
            _ => new State(1, DateTimeOffset.MinValue),
            (_, state) =>
            {
                var failures = state.Failures + 1;
                return failures >= FailureThreshold
                    ? new State(0, _timeProvider.GetUtcNow() + Duration)
                    : state with { Failures = failures };
            });

    private sealed record State(int Failures, DateTimeOffset PausedUntil);
}
