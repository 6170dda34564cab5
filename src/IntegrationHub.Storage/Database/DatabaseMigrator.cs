using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Storage.Database;

/// <summary>Prepares the data folder and brings the database schema up to date.</summary>
internal sealed class DatabaseMigrator(
    IDbContextFactory<IntegrationHubDbContext> dbContextFactory,
    IDatabaseProvider databaseProvider,
    IOptions<IntegrationHubStorageOptions> options,
    ILogger<DatabaseMigrator> logger)
{
    // Only the owner may enter the folder, because the key ring decrypts every stored secret.
    private const UnixFileMode KeysDirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var storage = options.Value;
        Directory.CreateDirectory(storage.DataDirectory);
        CreateKeysDirectory(storage.KeysDirectory);

        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        await databaseProvider.PrepareAsync(db, cancellationToken);

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);

        var dataSource = databaseProvider.DescribeDataSource(storage);
        if (pending.Count > 0)
        {
            Log.MigrationsApplied(logger, pending.Count, dataSource, string.Join(", ", pending));
        }
        else
        {
            var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            Log.DatabaseUpToDate(logger, dataSource, applied.LastOrDefault() ?? "(none)");
        }
    }

    private static void CreateKeysDirectory(string path)
    {
        // The mode applies only when the folder is created, so an existing folder keeps the permissions it has.
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, KeysDirectoryMode);
        }
    }
}
