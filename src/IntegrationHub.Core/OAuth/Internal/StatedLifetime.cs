namespace IntegrationHub.OAuth.Internal;

/// <summary>What a token response said about the token's lifetime: a duration, an absolute expiry, or neither.</summary>
internal sealed record StatedLifetime(TimeSpan? ExpiresIn, DateTimeOffset? ExpiresAt);
