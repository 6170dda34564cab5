namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>A request that <see cref="RecordingUpstream"/> received.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);
