using IntegrationHub.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Storage.Tests;

public sealed class MigrationTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Model_MatchesMigrations()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        await using var db = await CreateDbContextAsync(storage);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(CancellationToken));
    }

    [Fact]
    public async Task Migrate_CreatesMissingDataFolder()
    {
        using var folder = new TempDirectory();
        var dataDirectory = Path.Combine(folder.Path, "nested", "data");

        await using var storage = await TestStorage.StartAsync(dataDirectory);

        Assert.True(File.Exists(Path.Combine(dataDirectory, IntegrationHubStorageOptions.DatabaseFileName)));
        Assert.True(Directory.Exists(Path.Combine(dataDirectory, IntegrationHubStorageOptions.KeysDirectoryName)));
    }

    [Fact]
    public async Task Migrate_SwitchesToWal()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        await using var connection = new SqliteConnection($"Data Source={storage.DatabasePath}");
        await connection.OpenAsync(CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        var journalMode = await command.ExecuteScalarAsync(CancellationToken);

        Assert.Equal("wal", journalMode);
    }

    [Fact]
    public async Task Connections_HaveBusyTimeoutAndForeignKeys()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        await using var db = await CreateDbContextAsync(storage);
        await db.Database.OpenConnectionAsync(CancellationToken);

        Assert.Equal(30_000L, await ReadPragmaAsync(db, "busy_timeout"));
        Assert.Equal(1L, await ReadPragmaAsync(db, "foreign_keys"));
    }

    [Fact]
    public async Task Migrate_Twice_LogsUpToDate()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);

        await storage.Services.MigrateIntegrationHubDatabaseAsync(CancellationToken);

        var records = storage.Logs.GetSnapshot();
        Assert.Single(records, record => record.Id.Id == 2000);
        Assert.Single(records, record => record.Id.Id == 2001);
    }

    [Fact]
    public async Task ConnectionString_ReplacesDefaultFile()
    {
        using var folder = new TempDirectory();
        var customPath = Path.Combine(folder.Path, "custom.db");

        await using (var storage = await TestStorage.StartAsync(folder.Path, options => options.ConnectionString = $"Data Source={customPath}"))
        {
            await storage.Methods.AddAsync(TestData.Method("orders", TestData.Basic()), CancellationToken);
        }

        Assert.True(File.Exists(customPath));
        Assert.False(File.Exists(Path.Combine(folder.Path, IntegrationHubStorageOptions.DatabaseFileName)));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder.Path, IntegrationHubStorageOptions.KeysDirectoryName), "key-*.xml"));
    }

    [Fact]
    public async Task Options_RelativeDataDirectory_IsRejectedAtStart()
    {
        await using var services = TestStorage.CreateServices("data");

        var startError = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        var migrateError = await Assert.ThrowsAsync<OptionsValidationException>(() => services.MigrateIntegrationHubDatabaseAsync(CancellationToken));

        Assert.Contains("DataDirectory 'data' is not an absolute path", startError.Message, StringComparison.Ordinal);
        Assert.Equal(startError.Failures, migrateError.Failures);
    }

    [Fact]
    public async Task Options_EveryProblem_IsReported()
    {
        await using var services = TestStorage.CreateServices(string.Empty, options => options.ConnectionString = "Unknown Keyword=1");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<IntegrationHubStorageOptions>>().Value);

        Assert.Equal(2, error.Failures.Count());
        Assert.Contains(error.Failures, failure => failure.StartsWith("DataDirectory is missing", StringComparison.Ordinal));
        Assert.Contains(error.Failures, failure => failure.StartsWith("ConnectionString is invalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Options_ConnectionStringWithoutDataSource_IsRejected()
    {
        using var folder = new TempDirectory();
        await using var services = TestStorage.CreateServices(folder.Path, options => options.ConnectionString = "Mode=ReadWriteCreate");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Data Source", error.Message, StringComparison.Ordinal);
    }

    internal static async Task<IntegrationHubDbContext> CreateDbContextAsync(TestStorage storage) =>
        await storage.Services.GetRequiredService<IDbContextFactory<IntegrationHubDbContext>>().CreateDbContextAsync(CancellationToken);

    private static async Task<long> ReadPragmaAsync(IntegrationHubDbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return (long)(await command.ExecuteScalarAsync(CancellationToken))!;
    }
}
