using IntegrationHub.Storage.Database;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Storage;

public static class IntegrationHubStorageServiceProviderExtensions
{
    /// <summary>
    /// Creates the data folder and its <c>keys</c> folder, switches SQLite to WAL mode and applies pending migrations.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The storage options are invalid.</exception>
    public static Task MigrateIntegrationHubDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
    }
}
