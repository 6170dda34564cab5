namespace IntegrationHub.Events;

/// <summary>A single-use credential for opening a stream's SSE connection.</summary>
/// <param name="Token">A random value that only the caller of <c>POST /v1/streams</c> receives.</param>
public sealed record StreamTicket(string StreamId, string Token, DateTimeOffset ExpiresAt);
