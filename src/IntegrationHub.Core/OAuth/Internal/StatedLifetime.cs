namespace IntegrationHub.OAuth.Internal;

/// <summary>The lifetime that a token response states: a duration, an absolute expiry, or neither.</summary>
internal sealed record StatedLifetime(TimeSpan? ExpiresIn, DateTimeOffset? ExpiresAt);
