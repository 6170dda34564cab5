using IntegrationHub.ApiKeys;
using IntegrationHub.Connections;
using IntegrationHub.Conversations;
using IntegrationHub.Methods;
using IntegrationHub.Secrets;
using IntegrationHub.Storage.ApiKeys;
using IntegrationHub.Storage.Connections;
using IntegrationHub.Storage.Conversations;
using IntegrationHub.Storage.Database;
using IntegrationHub.Storage.Methods;
using IntegrationHub.Storage.Methods.Settings;
using IntegrationHub.Storage.Secrets;
using IntegrationHub.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Storage;

public static class IntegrationHubStorageServiceCollectionExtensions
{
    /// <summary>The Data Protection application name. Every host that shares the key ring must use it.</summary>
    public const string DataProtectionApplicationName = "IntegrationHub";

    /// <summary>
    /// Registers the database, Data Protection with its key ring in <c>{DataDirectory}/keys</c>,
    /// <see cref="ISecretProtector"/> and the four stores.
    /// </summary>
    /// <remarks>
    /// The stores are singletons that take a context from a pool for each call, so request handlers and
    /// background services can use them alike. Call
    /// <see cref="IntegrationHubStorageServiceProviderExtensions.MigrateIntegrationHubDatabaseAsync"/> before the first
    /// request. A host that configures another Data Protection key repository after this call replaces this one.
    /// </remarks>
    public static IServiceCollection AddIntegrationHubStorage(
        this IServiceCollection services,
        Action<IntegrationHubStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddLogging();
        services.AddOptions<IntegrationHubStorageOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<IntegrationHubStorageOptions>, IntegrationHubStorageOptionsValidator>());

        // The one place that chooses the database engine.
        services.TryAddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
        services.AddPooledDbContextFactory<IntegrationHubDbContext>((serviceProvider, builder) =>
            serviceProvider.GetRequiredService<IDatabaseProvider>().Configure(
                builder,
                serviceProvider.GetRequiredService<IOptions<IntegrationHubStorageOptions>>().Value));
        services.TryAddSingleton<DatabaseMigrator>();

        AddSecretProtection(services);

        services.TryAddSingleton<AuthenticationMethodSettingsSerializer>();
        services.TryAddSingleton<AuthenticationMethodMapper>();
        services.TryAddSingleton<ConversationMapper>();
        services.TryAddSingleton<IAuthenticationMethodStore, AuthenticationMethodStore>();
        services.TryAddSingleton<IApiConnectionStore, ApiConnectionStore>();
        services.TryAddSingleton<IConversationStore, ConversationStore>();
        services.TryAddSingleton<IApiKeyStore, ApiKeyStore>();
        return services;
    }

    private static void AddSecretProtection(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);

        // Keys stay on the file system, never in the database, so that a copy of the database alone reveals no secret.
        // This is what PersistKeysToFileSystem does, with the folder read from the options when they are resolved.
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<IntegrationHubStorageOptions>, ILoggerFactory>((keyManagement, storage, loggerFactory) =>
                keyManagement.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(storage.Value.KeysDirectory),
                    loggerFactory));

        services.TryAddSingleton<ISecretProtector, DataProtectionSecretProtector>();
    }
}
