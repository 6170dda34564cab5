using IntegrationHub.ApiKeys;
using IntegrationHub.Connections;
using IntegrationHub.Conversations;
using IntegrationHub.Methods;
using IntegrationHub.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Storage.Tests;

/// <summary>A service provider with IntegrationHub storage on a real SQLite file, migrated and ready.</summary>
internal sealed class TestStorage : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestStorage(string dataDirectory, ServiceProvider services)
    {
        DataDirectory = dataDirectory;
        _services = services;
    }

    public string DataDirectory { get; }

    public IServiceProvider Services => _services;

    public IAuthenticationMethodStore Methods => _services.GetRequiredService<IAuthenticationMethodStore>();

    public IApiConnectionStore Connections => _services.GetRequiredService<IApiConnectionStore>();

    public IConversationStore Conversations => _services.GetRequiredService<IConversationStore>();

    public IApiKeyStore ApiKeys => _services.GetRequiredService<IApiKeyStore>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public string DatabasePath => Path.Combine(DataDirectory, IntegrationHubStorageOptions.DatabaseFileName);

    public static async Task<TestStorage> StartAsync(string dataDirectory, Action<IntegrationHubStorageOptions>? configure = null)
    {
        var services = CreateServices(dataDirectory, configure);
        await services.MigrateIntegrationHubDatabaseAsync(TestContext.Current.CancellationToken);
        return new TestStorage(dataDirectory, services);
    }

    /// <summary>Builds the services without migrating, for tests of startup itself.</summary>
    public static ServiceProvider CreateServices(string dataDirectory, Action<IntegrationHubStorageOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddIntegrationHubStorage(options =>
        {
            options.DataDirectory = dataDirectory;
            configure?.Invoke(options);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async ValueTask DisposeAsync()
    {
        var connectionString = SqliteDatabaseProvider.BuildConnectionString(
            _services.GetRequiredService<IOptions<IntegrationHubStorageOptions>>().Value);
        await _services.DisposeAsync();

        // Closing this database's pooled connections checkpoints the WAL into the database file and releases the
        // files. It clears only this pool, because clearing every pool would close connections of parallel tests.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
