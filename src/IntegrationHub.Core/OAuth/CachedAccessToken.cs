using System.ComponentModel;
using IntegrationHub.Secrets;

namespace IntegrationHub.OAuth;

/// <summary>A client credentials access token in the token cache.</summary>
/// <remarks>Immutable, so that HybridCache keeps the instance in its memory level instead of a serialized copy.</remarks>
[ImmutableObject(true)]
public sealed record CachedAccessToken(Secret AccessToken, DateTimeOffset ExpiresAt);
