using IntegrationHub.ApiKeys;
using IntegrationHub.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.ApiKeys;

/// <summary>Stores API keys by the hash of the key.</summary>
internal sealed class ApiKeyStore(
    IDbContextFactory<IntegrationHubDbContext> dbContextFactory,
    IDatabaseProvider databaseProvider) : IApiKeyStore
{
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await db.ApiKeys.AsNoTracking().OrderBy(key => key.Name).ToListAsync(cancellationToken);
        return entities.ConvertAll(ApiKeyMapper.ToDomain);
    }

    public async Task<ApiKey?> FindByHashAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(key => key.KeyHash == keyHash, cancellationToken);
        return entity is null ? null : ApiKeyMapper.ToDomain(entity);
    }

    public async Task<bool> AnyAsync(ApiKeyRole role, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AnyAsync(key => key.Role == role, cancellationToken);
    }

    public async Task<bool> AddAsync(ApiKey key, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ApiKeys.AnyAsync(existing => existing.Name == key.Name, cancellationToken))
        {
            return false;
        }

        db.ApiKeys.Add(ApiKeyMapper.ToEntity(key));

        // The unique indexes on the name and the hash reject what a concurrent request added after the check above.
        return await db.TrySaveChangesAsync(databaseProvider, cancellationToken) switch
        {
            SaveChangesOutcome.Saved => true,
            SaveChangesOutcome.UniqueViolation => false,
            var outcome => throw new InvalidOperationException($"Adding API key {key.Id} failed: {outcome}."),
        };
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.Where(key => key.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
