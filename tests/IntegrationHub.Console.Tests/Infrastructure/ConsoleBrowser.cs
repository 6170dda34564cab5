using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Infrastructure;

/// <summary>
/// One browser context (its own cookies) with one page on the console. Disposing it fails the test when a page that
/// the browser received contains a secret, when the host's log does, or when the page logged a script error or a
/// content security policy violation.
/// </summary>
public sealed class ConsoleBrowser : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly CapturedLogs _hostLogs;
    private readonly ConcurrentQueue<string> _pageSources = new();
    private readonly ConcurrentQueue<string> _pageErrors = new();

    private ConsoleBrowser(IBrowserContext context, IPage page, Uri baseAddress, CapturedLogs hostLogs)
    {
        _context = context;
        Page = page;
        BaseAddress = baseAddress;
        _hostLogs = hostLogs;
    }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    /// <summary>The path of the page's current URL, such as <c>/authentication-methods</c>.</summary>
    public string Path => new Uri(Page.Url).AbsolutePath;

    public IBrowserContext Context => _context;

    /// <summary>Values that tests type or post as secrets; no page and no log entry may contain them.</summary>
    public static IReadOnlyList<string> KnownSecrets { get; } =
    [
        "demo-password", "demo-api-key", "machine-secret", "web-secret", ConsoleHost.AdminKey,
        TestSecrets.WrongKey, TestSecrets.TypedThenRejected,
    ];

    public static async Task<ConsoleBrowser> OpenAsync(IBrowser browser, ConsoleHost host, int width)
    {
        var baseAddress = host.BaseAddress;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var session = new ConsoleBrowser(context, page, baseAddress, host.Logs);

        page.Response += async (_, response) =>
        {
            try
            {
                if (response.Request.ResourceType == "document" && response.Status == 200)
                {
                    session._pageSources.Enqueue($"{response.Url}\n{await response.TextAsync()}");
                }
            }
            catch (PlaywrightException)
            {
                // The body is gone once the page navigated on; the test reads the pages it checks itself.
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session._pageErrors.Enqueue($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => session._pageErrors.Enqueue($"script: {error}");
        return session;
    }

    /// <summary>Opens a page and waits until its document is parsed and its deferred scripts ran.</summary>
    /// <remarks>Waiting for the load event too would add nothing: the pages have no images, and the events page keeps a stream open.</remarks>
    public async Task<IResponse?> GotoAsync(string path) =>
        await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });

    /// <summary>Signs in through the form and waits until the console left the sign-in page.</summary>
    public async Task SignInAsync(string apiKey = ConsoleHost.AdminKey)
    {
        await Page.GotoAsync("/sign-in");
        await Page.Locator("#apiKey").FillAsync(apiKey);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        // The session cookie arrives with the redirect, so the navigation's commit is enough.
        // NOTE: waiting for the next page's load event as well once timed out under load, for a reason not found.
        await Page.WaitForURLAsync(
            url => !new Uri(url).AbsolutePath.StartsWith("/sign-in", StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
    }

    /// <summary>Clicks a button that submits a form and waits for the page that the server returns.</summary>
    public async Task<IResponse> SubmitAsync(string buttonName)
    {
        var button = Page.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = true });
        return await Page.RunAndWaitForResponseAsync(
            () => button.ClickAsync(),
            response => response.Request.ResourceType == "document" && response.Status != 302);
    }

    /// <summary>Saves a full-page screenshot as <c>{name}.png</c> in <see cref="RepositoryPaths.Screenshots"/>.</summary>
    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(RepositoryPaths.Screenshots, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        Assert.True(_pageErrors.IsEmpty, "The page logged errors:\n" + string.Join("\n", _pageErrors));

        var leaks = KnownSecrets
            .SelectMany(secret => _pageSources.Where(source => source.Contains(secret, StringComparison.Ordinal)).Select(source => "page " + source.Split('\n')[0]))
            .Concat(KnownSecrets.SelectMany(_hostLogs.FindContaining))
            .ToList();
        Assert.True(leaks.Count == 0, "Pages or log entries contain a secret:\n" + string.Join("\n", leaks));
    }
}
