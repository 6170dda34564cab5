using IntegrationHub.Samples.Orders;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, the orders sample (OpenIddict authorization server and orders API) and an
/// IntegrationHub host, shared by the console tests. Chromium comes from <c>apt-get install chromium</c>; Playwright's
/// own browser download is not used.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright _playwright = null!;

    public OrdersSampleServer Orders { get; private set; } = null!;

    public ConsoleHost Hub { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; install Debian's Chromium with 'apt-get install -y chromium' (./test.sh does).");
        }

        Orders = await OrdersSampleServer.StartAsync(new OrdersSampleOptions());
        Hub = ConsoleHost.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(_playwright);
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArguments });

    /// <summary>Opens a new browser context on this fixture's hub, signed in with the admin key unless <paramref name="signIn"/> is false.</summary>
    public async Task<ConsoleBrowser> OpenAsync(bool signIn = true, int width = 1280)
    {
        var browser = await ConsoleBrowser.OpenAsync(Browser, Hub, width);
        if (signIn)
        {
            await browser.SignInAsync();
        }

        return browser;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await Hub.DisposeAsync();
        await Orders.DisposeAsync();
    }
}
