using IntegrationHub.Common;
using IntegrationHub.Connections;
using IntegrationHub.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Connections;

/// <summary>Stores API connections and their environments in the database.</summary>
/// <remarks>An update replaces every field except the stored creation time.</remarks>
internal sealed class ApiConnectionStore(
    IDbContextFactory<IntegrationHubDbContext> dbContextFactory,
    IDatabaseProvider databaseProvider) : IApiConnectionStore
{
    public async Task<IReadOnlyList<ApiConnection>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await db.ApiConnections
            .AsNoTracking()
            .Include(connection => connection.Environments)
            .OrderBy(connection => connection.Name)
            .ToListAsync(cancellationToken);
        return entities.ConvertAll(ApiConnectionMapper.ToDomain);
    }

    public async Task<ApiConnection?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.ApiConnections
            .AsNoTracking()
            .Include(connection => connection.Environments)
            .FirstOrDefaultAsync(connection => connection.Id == id, cancellationToken);
        return entity is null ? null : ApiConnectionMapper.ToDomain(entity);
    }

    public async Task<ApiConnection?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.ApiConnections
            .AsNoTracking()
            .Include(connection => connection.Environments)
            .FirstOrDefaultAsync(connection => connection.Name == name, cancellationToken);
        return entity is null ? null : ApiConnectionMapper.ToDomain(entity);
    }

    public async Task<StoreWriteResult> AddAsync(ApiConnection connection, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ApiConnections.AnyAsync(existing => existing.Name == connection.Name, cancellationToken))
        {
            return StoreWriteResult.NameConflict;
        }

        if (!await MethodsExistAsync(db, connection, cancellationToken))
        {
            return StoreWriteResult.ReferenceNotFound;
        }

        db.ApiConnections.Add(ApiConnectionMapper.ToEntity(connection));

        // The unique index and the foreign keys catch what changed since the checks above.
        return await db.TrySaveChangesAsync(databaseProvider, cancellationToken) switch
        {
            SaveChangesOutcome.Saved => StoreWriteResult.Succeeded,
            SaveChangesOutcome.UniqueViolation => StoreWriteResult.NameConflict,
            SaveChangesOutcome.ForeignKeyViolation => StoreWriteResult.ReferenceNotFound,
            var outcome => throw new InvalidOperationException($"Adding API connection {connection.Id} failed: {outcome}."),
        };
    }

    public async Task<StoreWriteResult> UpdateAsync(
        ApiConnection connection,
        long expectedVersion,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.ApiConnections
            .Include(existing => existing.Environments)
            .FirstOrDefaultAsync(existing => existing.Id == connection.Id, cancellationToken);
        if (entity is null)
        {
            return StoreWriteResult.NotFound;
        }

        if (entity.Version != expectedVersion)
        {
            return StoreWriteResult.VersionMismatch;
        }

        if (await db.ApiConnections.AnyAsync(
                other => other.Name == connection.Name && other.Id != connection.Id,
                cancellationToken))
        {
            return StoreWriteResult.NameConflict;
        }

        if (!await MethodsExistAsync(db, connection, cancellationToken))
        {
            return StoreWriteResult.ReferenceNotFound;
        }

        // The concurrency token makes the update match only the version read above.
        ApiConnectionMapper.Apply(connection, entity);
        switch (await db.TrySaveChangesAsync(databaseProvider, cancellationToken))
        {
            case SaveChangesOutcome.Saved:
                return StoreWriteResult.Succeeded;
            case SaveChangesOutcome.UniqueViolation:
                return StoreWriteResult.NameConflict;
            case SaveChangesOutcome.ForeignKeyViolation:
                return StoreWriteResult.ReferenceNotFound;
            case SaveChangesOutcome.ConcurrencyConflict:
                db.ChangeTracker.Clear();
                return await db.ApiConnections.AnyAsync(existing => existing.Id == connection.Id, cancellationToken)
                    ? StoreWriteResult.VersionMismatch
                    : StoreWriteResult.NotFound;
            case var outcome:
                throw new InvalidOperationException($"Updating API connection {connection.Id} failed: {outcome}.");
        }
    }

    public async Task<StoreWriteResult> DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var toDelete = db.ApiConnections.Where(connection => connection.Id == id);
        if (expectedVersion is not null)
        {
            toDelete = toDelete.Where(connection => connection.Version == expectedVersion);
        }

        // The environments go with the connection through the cascading foreign key.
        if (await toDelete.ExecuteDeleteAsync(cancellationToken) > 0)
        {
            return StoreWriteResult.Succeeded;
        }

        return expectedVersion is not null && await db.ApiConnections.AnyAsync(connection => connection.Id == id, cancellationToken)
            ? StoreWriteResult.VersionMismatch
            : StoreWriteResult.NotFound;
    }

    private static async Task<bool> MethodsExistAsync(
        IntegrationHubDbContext db,
        ApiConnection connection,
        CancellationToken cancellationToken)
    {
        Guid?[] referenced = [connection.Sandbox?.AuthenticationMethodId, connection.Production?.AuthenticationMethodId];
        var methodIds = referenced.OfType<Guid>().Distinct().ToList();
        if (methodIds.Count == 0)
        {
            return true;
        }

        var found = await db.AuthenticationMethods.CountAsync(method => methodIds.Contains(method.Id), cancellationToken);
        return found == methodIds.Count;
    }
}
