using IntegrationHub.Common;
using IntegrationHub.Methods;
using IntegrationHub.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Methods;

/// <summary>Stores authentication methods in the database with their secrets encrypted.</summary>
/// <remarks>
/// An update replaces every field except the stored creation time. Reading a method whose secrets the current key ring
/// cannot decrypt throws <see cref="System.Security.Cryptography.CryptographicException"/>, so one such method makes
/// <see cref="ListAsync"/> fail as a whole.
/// </remarks>
internal sealed class AuthenticationMethodStore(
    IDbContextFactory<IntegrationHubDbContext> dbContextFactory,
    IDatabaseProvider databaseProvider,
    AuthenticationMethodMapper mapper) : IAuthenticationMethodStore
{
    public async Task<IReadOnlyList<AuthenticationMethod>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await db.AuthenticationMethods
            .AsNoTracking()
            .OrderBy(method => method.Name)
            .ToListAsync(cancellationToken);
        return entities.ConvertAll(mapper.ToDomain);
    }

    public async Task<AuthenticationMethod?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.AuthenticationMethods
            .AsNoTracking()
            .FirstOrDefaultAsync(method => method.Id == id, cancellationToken);
        return entity is null ? null : mapper.ToDomain(entity);
    }

    public async Task<AuthenticationMethod?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.AuthenticationMethods
            .AsNoTracking()
            .FirstOrDefaultAsync(method => method.Name == name, cancellationToken);
        return entity is null ? null : mapper.ToDomain(entity);
    }

    public async Task<StoreWriteResult> AddAsync(AuthenticationMethod method, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.AuthenticationMethods.AnyAsync(existing => existing.Name == method.Name, cancellationToken))
        {
            return StoreWriteResult.NameConflict;
        }

        db.AuthenticationMethods.Add(mapper.ToEntity(method));

        // The unique index on the name rejects a method added by a concurrent request after the check above.
        return await db.TrySaveChangesAsync(databaseProvider, cancellationToken) switch
        {
            SaveChangesOutcome.Saved => StoreWriteResult.Succeeded,
            SaveChangesOutcome.UniqueViolation => StoreWriteResult.NameConflict,
            var outcome => throw new InvalidOperationException($"Adding authentication method {method.Id} failed: {outcome}."),
        };
    }

    public async Task<StoreWriteResult> UpdateAsync(
        AuthenticationMethod method,
        long expectedVersion,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.AuthenticationMethods.FirstOrDefaultAsync(existing => existing.Id == method.Id, cancellationToken);
        if (entity is null)
        {
            return StoreWriteResult.NotFound;
        }

        if (entity.Version != expectedVersion)
        {
            return StoreWriteResult.VersionMismatch;
        }

        if (await db.AuthenticationMethods.AnyAsync(
                other => other.Name == method.Name && other.Id != method.Id,
                cancellationToken))
        {
            return StoreWriteResult.NameConflict;
        }

        // The concurrency token makes the update match only the version read above.
        mapper.Apply(method, entity);
        switch (await db.TrySaveChangesAsync(databaseProvider, cancellationToken))
        {
            case SaveChangesOutcome.Saved:
                return StoreWriteResult.Succeeded;
            case SaveChangesOutcome.UniqueViolation:
                return StoreWriteResult.NameConflict;
            case SaveChangesOutcome.ConcurrencyConflict:
                db.ChangeTracker.Clear();
                return await db.AuthenticationMethods.AnyAsync(existing => existing.Id == method.Id, cancellationToken)
                    ? StoreWriteResult.VersionMismatch
                    : StoreWriteResult.NotFound;
            case var outcome:
                throw new InvalidOperationException($"Updating authentication method {method.Id} failed: {outcome}.");
        }
    }

    public async Task<StoreWriteResult> DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var storedVersion = await db.AuthenticationMethods
            .Where(method => method.Id == id)
            .Select(method => (long?)method.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (storedVersion is null)
        {
            return StoreWriteResult.NotFound;
        }

        if (expectedVersion is not null && storedVersion != expectedVersion)
        {
            return StoreWriteResult.VersionMismatch;
        }

        var connectionNames = await FindConnectionNamesAsync(db, id, cancellationToken);
        if (connectionNames.Count > 0)
        {
            return StoreWriteResult.InUse(connectionNames);
        }

        var toDelete = db.AuthenticationMethods.Where(method => method.Id == id);
        if (expectedVersion is not null)
        {
            toDelete = toDelete.Where(method => method.Version == expectedVersion);
        }

        int deleted;
        try
        {
            deleted = await toDelete.ExecuteDeleteAsync(cancellationToken);
        }
        catch (Exception exception) when (databaseProvider.Classify(exception) == DatabaseErrorKind.ForeignKeyViolation)
        {
            // A connection started to use the method after the check above, and the restricting foreign key rejected the delete.
            return StoreWriteResult.InUse(await FindConnectionNamesAsync(db, id, cancellationToken));
        }

        // Only a provider whose transactions do not lock out other writers gets here with a changed row.
        if (deleted == 0)
        {
            return expectedVersion is null ? StoreWriteResult.NotFound : StoreWriteResult.VersionMismatch;
        }

        await db.ConversationTokens
            .Where(token => token.AuthenticationMethodId == id)
            .ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return StoreWriteResult.Succeeded;
    }

    private static async Task<IReadOnlyList<string>> FindConnectionNamesAsync(
        IntegrationHubDbContext db,
        Guid methodId,
        CancellationToken cancellationToken) =>
        await db.ApiConnections
            .Where(connection => connection.Environments.Any(environment => environment.AuthenticationMethodId == methodId))
            .OrderBy(connection => connection.Name)
            .Select(connection => connection.Name)
            .ToListAsync(cancellationToken);
}
