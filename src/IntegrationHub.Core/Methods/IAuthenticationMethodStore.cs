using IntegrationHub.Common;

namespace IntegrationHub.Methods;

/// <summary>Persists authentication methods; secrets are encrypted at rest by the implementation.</summary>
public interface IAuthenticationMethodStore
{
    Task<IReadOnlyList<AuthenticationMethod>> ListAsync(CancellationToken cancellationToken = default);

    Task<AuthenticationMethod?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<AuthenticationMethod?> FindByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Adds a method; reports a name conflict.</summary>
    Task<StoreWriteResult> AddAsync(AuthenticationMethod method, CancellationToken cancellationToken = default);

    /// <summary>Replaces a method when its stored version equals <paramref name="expectedVersion"/>; the stored version becomes <c>method.Version</c>.</summary>
    Task<StoreWriteResult> UpdateAsync(AuthenticationMethod method, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes a method unless a connection uses it; <see cref="StoreWriteStatus.InUse"/> names those connections.</summary>
    Task<StoreWriteResult> DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken = default);
}
