using IntegrationHub.Common;

namespace IntegrationHub.Connections;

/// <summary>Persists API connections.</summary>
public interface IApiConnectionStore
{
    Task<IReadOnlyList<ApiConnection>> ListAsync(CancellationToken cancellationToken = default);

    Task<ApiConnection?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ApiConnection?> FindByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Adds a connection; reports a name conflict or a method id that does not exist.</summary>
    Task<StoreWriteResult> AddAsync(ApiConnection connection, CancellationToken cancellationToken = default);

    /// <summary>Replaces a connection when its stored version equals <paramref name="expectedVersion"/>; the stored version becomes <c>connection.Version</c>.</summary>
    Task<StoreWriteResult> UpdateAsync(ApiConnection connection, long expectedVersion, CancellationToken cancellationToken = default);

    Task<StoreWriteResult> DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken = default);
}
