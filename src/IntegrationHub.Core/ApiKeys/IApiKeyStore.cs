namespace IntegrationHub.ApiKeys;

/// <summary>Persists API keys by hash.</summary>
public interface IApiKeyStore
{
    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default);

    Task<ApiKey?> FindByHashAsync(string keyHash, CancellationToken cancellationToken = default);

    Task<bool> AnyAsync(ApiKeyRole role, CancellationToken cancellationToken = default);

    /// <summary>Adds a key; returns <see langword="false"/> when a key with the same name exists.</summary>
    Task<bool> AddAsync(ApiKey key, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
