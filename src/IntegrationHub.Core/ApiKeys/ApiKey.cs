namespace IntegrationHub.ApiKeys;

/// <summary>A stored API key; only the SHA-256 hash of the key is kept.</summary>
public sealed record ApiKey(Guid Id, string Name, ApiKeyRole Role, string KeyHash, DateTimeOffset CreatedAt);
