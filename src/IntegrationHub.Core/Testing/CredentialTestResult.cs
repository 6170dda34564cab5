using IntegrationHub.Calls;

namespace IntegrationHub.Testing;

/// <summary>What a credential test found; it never carries a token or a secret.</summary>
/// <param name="TokenLifetime">The lifetime of the token obtained, for OAuth methods.</param>
/// <param name="CallStatus">The upstream status of the test call, when a connection and path were given.</param>
public sealed record CredentialTestResult(bool Succeeded, TimeSpan? TokenLifetime, bool? RefreshTokenIssued, int? CallStatus, CallError? Error);
