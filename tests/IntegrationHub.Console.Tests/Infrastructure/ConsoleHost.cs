using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Console.Tests.Infrastructure;

/// <summary>IntegrationHub on Kestrel at <c>http://127.0.0.1:{random port}</c> with a SQLite file in a temporary folder and every log entry captured.</summary>
public sealed class ConsoleHost : IAsyncDisposable
{
    public const string AdminKey = "ihk_console-test-admin-key-0123456789abcdef";

    private readonly WebApplicationFactory<IntegrationHub.Server.ServerOptions> _factory;

    private ConsoleHost(WebApplicationFactory<IntegrationHub.Server.ServerOptions> factory, CapturedLogs logs)
    {
        _factory = factory;
        Logs = logs;
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        Admin = CreateClient(AdminKey);
    }

    public Uri BaseAddress { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>A REST client that sends the admin key.</summary>
    public HttpClient Admin { get; }

    public static ConsoleHost Start()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("integrationhub-console-test-").FullName;
        var logs = new CapturedLogs();
        var factory = new WebApplicationFactory<IntegrationHub.Server.ServerOptions>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("IntegrationHub:DataDirectory", dataDirectory);
            builder.UseSetting("IntegrationHub:AdminApiKey", AdminKey);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        });
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        return new ConsoleHost(factory, logs);
    }

    /// <summary>Creates a client that sends <paramref name="apiKey"/> as a Bearer credential, or no credential; it does not follow redirects.</summary>
    public HttpClient CreateClient(string? apiKey, HttpMessageHandler? handler = null)
    {
        var client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await _factory.DisposeAsync();
    }
}
