using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>
/// IntegrationHub running on Kestrel at <c>http://127.0.0.1:{random port}</c> with a real SQLite file in <see cref="DataDirectory"/>,
/// a <see cref="FakeTimeProvider"/>, and every log entry and response captured.
/// </summary>
public sealed class HubHost : IAsyncDisposable
{
    public const string AdminKey = "ihk_test-admin-key-0123456789abcdef";

    private readonly WebApplicationFactory<IntegrationHub.Server.ServerOptions> _factory;

    private HubHost(WebApplicationFactory<IntegrationHub.Server.ServerOptions> factory, string dataDirectory, FakeTimeProvider time, CapturedLogs logs, ConcurrentQueue<string> responses)
    {
        _factory = factory;
        DataDirectory = dataDirectory;
        Time = time;
        Logs = logs;
        Responses = responses;
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        Admin = CreateClient(AdminKey);
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public FakeTimeProvider Time { get; }

    public CapturedLogs Logs { get; }

    /// <summary>Every response that a client of this host received: status line, headers and body.</summary>
    public ConcurrentQueue<string> Responses { get; }

    /// <summary>A client that sends the admin key.</summary>
    public HttpClient Admin { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts a host on <paramref name="dataDirectory"/>, or on a new temporary folder.</summary>
    public static HubHost Start(string? dataDirectory = null, FakeTimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("integrationhub-test-").FullName;
        time ??= new FakeTimeProvider(DateTimeOffset.UtcNow);
        var logs = new CapturedLogs();
        var responses = new ConcurrentQueue<string>();
        var factory = new WebApplicationFactory<IntegrationHub.Server.ServerOptions>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("IntegrationHub:DataDirectory", dataDirectory);
            builder.UseSetting("IntegrationHub:AdminApiKey", AdminKey);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(time);
            });
        });
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        return new HubHost(factory, dataDirectory, time, logs, responses);
    }

    /// <summary>Creates a client that sends <paramref name="apiKey"/> as a Bearer credential, or no credential.</summary>
    public HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient(new RecordingHandler(Responses)) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
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
