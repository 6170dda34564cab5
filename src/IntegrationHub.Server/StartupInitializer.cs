using IntegrationHub.ApiKeys;
using IntegrationHub.Storage;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Server;

/// <summary>
/// Applies database migrations and makes sure an admin API key exists before the server accepts requests.
/// </summary>
/// <remarks><see cref="IHostedLifecycleService.StartingAsync"/> runs before any hosted service starts, the web server included.</remarks>
internal sealed class StartupInitializer : IHostedLifecycleService
{
    private readonly IServiceProvider _services;
    private readonly ApiKeyService _apiKeys;
    private readonly IOptions<ServerOptions> _options;
    private readonly IHostEnvironment _environment;
    private readonly ILogger<StartupInitializer> _logger;

    public StartupInitializer(IServiceProvider services, ApiKeyService apiKeys, IOptions<ServerOptions> options, IHostEnvironment environment, ILogger<StartupInitializer> logger)
    {
        _services = services;
        _apiKeys = apiKeys;
        _options = options;
        _environment = environment;
        _logger = logger;
    }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        ServerLog.DataDirectory(_logger, ServerApplication.ResolveDataDirectory(_options.Value.DataDirectory, _environment.ContentRootPath));
        await _services.MigrateIntegrationHubDatabaseAsync(cancellationToken);
        RestrictDataDirectory(ServerApplication.ResolveDataDirectory(_options.Value.DataDirectory, _environment.ContentRootPath));

        var generated = await _apiKeys.EnsureBootstrapKeyAsync(_options.Value.AdminApiKey, cancellationToken);
        if (generated is not null)
        {
            // Written to the console, not to a log sink, so that the key is shown once and stays out of collected logs.
            await Console.Out.WriteLineAsync($"{Environment.NewLine}IntegrationHub generated an admin API key. It is shown only this once:{Environment.NewLine}{Environment.NewLine}    {generated}{Environment.NewLine}");
            ServerLog.BootstrapKeyGenerated(_logger);
        }
    }

    /// <summary>Makes the data folder and database readable by the service's user only; the stored customer ids and names are not secrets, but not public either.</summary>
    private static void RestrictDataDirectory(string dataDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var file in Directory.EnumerateFiles(dataDirectory, "integrationhub.db*"))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
