using System.Net.Http.Json;
using IntegrationHub.Console.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IntegrationHub.Console.Tests;

/// <summary>
/// The main pages at 1280 and 390 pixels wide: no sideways scrolling, a label for every field, focus order along the
/// form, and the screenshots that <c>docs/console.md</c> shows. Each test gets a hub of its own with the same sample data.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class LayoutTests(ConsoleFixture fixture) : IAsyncLifetime
{
    // Every visible input, select and text area without a label, by id or name.
    private const string UnlabelledFieldsScript = """
        () => [...document.querySelectorAll('input, select, textarea')]
            .filter(field => field.type !== 'hidden' && field.offsetParent !== null)
            .filter(field => field.labels.length === 0 && !field.getAttribute('aria-label'))
            .map(field => field.id || field.name)
        """;

    // The focusable elements of the form in document order, with each radio group as its checked radio, as Tab visits them.
    private const string FocusableInFormScript = """
        selector => [...document.querySelector(selector).querySelectorAll('input, select, textarea, button, a[href]')]
            .filter(element => element.type !== 'hidden' && element.offsetParent !== null && !element.disabled)
            .filter(element => element.type !== 'radio' || element.checked)
            .map(element => element.id || element.textContent.trim())
        """;

    private const string FocusedScript = "() => document.activeElement.id || document.activeElement.textContent.trim()";

    // The pages that docs/console.md shows at the narrow width too.
    private static readonly HashSet<string> NarrowScreenshots = ["authentication-methods", "authentication-method-create", "events"];

    private ConsoleHost _hub = null!;
    private string _connectionId = string.Empty;

    public async ValueTask InitializeAsync()
    {
        _hub = ConsoleHost.Start();
        var admin = _hub.Admin;
        var orders = fixture.Orders;
        var machine = await admin.CreateMethodAsync(new
        {
            name = "orders-machine",
            description = "The orders service's own client",
            type = "oauth2ClientCredentials",
            settings = new { clientId = "orders-machine", clientSecret = "machine-secret", tokenUrl = orders.TokenEndpoint.AbsoluteUri, scope = "orders.read" },
        });
        await admin.CreateMethodAsync(new
        {
            name = "orders-demo-user",
            description = "HTTP Basic as the demo user",
            type = "basic",
            settings = new { username = "demo", password = "demo-password" },
        });
        var userKey = await admin.CreateMethodAsync(new
        {
            name = "orders-user-key",
            description = "The end user's API key from the conversation",
            type = "customHeader",
            settings = new { headers = new[] { new { name = "X-Api-Key", value = "{Auth.client_token}" } }, clientAuthentication = new { enabled = true, validity = "PT1H" } },
        });
        await admin.CreateMethodAsync(new
        {
            name = "orders-web",
            description = "Signed-in users through the authorization code flow",
            type = "oauth2AuthorizationCode",
            settings = new { clientId = "orders-web", clientSecret = "web-secret", tokenUrl = orders.TokenEndpoint.AbsoluteUri, redirectUri = "{Auth.redirect_uri}" },
        });
        _connectionId = await admin.CreateConnectionAsync("orders-as-machine", orders.BaseAddress, machine);
        using var connection = await admin.PostAsJsonAsync("/v1/api-connections", new
        {
            name = "orders-as-user",
            description = "Orders of the signed-in end user",
            environments = new { sandbox = new { baseUrl = orders.BaseAddress.AbsoluteUri, authenticationMethodId = userKey } },
        });
        connection.EnsureSuccessStatusCode();
        await admin.CallAsync("conv-42", "orders-as-user", "/api-key/orders");
    }

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task MainPages_FitWidthAndLabelEveryField(int width)
    {
        await using var browser = await ConsoleBrowser.OpenAsync(fixture.Browser, _hub, width);
        var page = browser.Page;
        var pages = new (string Name, string Path)[]
        {
            ("sign-in", "/sign-in"),
            ("overview", "/"),
            ("authentication-methods", "/authentication-methods"),
            ("authentication-method-create", "/authentication-methods/new?type=oauth2AuthorizationCode"),
            ("api-connections", "/api-connections"),
            ("api-connection-edit", $"/api-connections/{_connectionId}"),
            ("events", "/events"),
        };

        foreach (var (name, path) in pages)
        {
            if (name == "overview")
            {
                await browser.SignInAsync();
            }

            await browser.GotoAsync(path);
            if (name == "events")
            {
                await Expect(page.Locator("tr[data-event-type='authenticationRequested']")).ToHaveCountAsync(1);
            }

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at {width}px wide.");
            Assert.Empty(await page.EvaluateAsync<string[]>(UnlabelledFieldsScript));
            if (width == 1280)
            {
                await browser.ScreenshotAsync(name);
            }
            else if (NarrowScreenshots.Contains(name))
            {
                await browser.ScreenshotAsync($"{name}-{width}");
            }
        }
    }

    [Fact]
    public async Task InvalidForm_ScreenshotShowsErrorsBesideFields()
    {
        await using var browser = await ConsoleBrowser.OpenAsync(fixture.Browser, _hub, 1280);
        await browser.SignInAsync();
        var page = browser.Page;
        await browser.GotoAsync("/authentication-methods/new?type=oauth2ClientCredentials");

        await page.Locator("#name").FillAsync("orders-partner");
        await page.Locator("#settings-clientId").FillAsync("partner");
        await page.Locator("#settings-tokenUrl").FillAsync("auth.example.com/token");
        await page.Locator("#settings-headers-0-name").FillAsync("X-Partner");
        await page.Locator("#settings-headers-0-value").FillAsync("{Auth.partner_id}");
        await browser.SubmitAsync("Create Authentication Method");

        await Expect(page.Locator("#settings-clientSecret-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#settings-tokenUrl-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#settings-headers-0-value-error")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("authentication-method-errors");
    }

    [Theory]
    [InlineData("/authentication-methods/new?type=basic", "#method-form")]
    [InlineData("/authentication-methods/new?type=customHeader", "#method-form")]
    [InlineData("/authentication-methods/new?type=oauth2AuthorizationCode", "#method-form")]
    [InlineData("/api-connections/new", "#connection-form")]
    public async Task Keyboard_TabOrderFollowsTheForm(string path, string form)
    {
        await using var browser = await ConsoleBrowser.OpenAsync(fixture.Browser, _hub, 1280);
        await browser.SignInAsync();
        var page = browser.Page;
        await browser.GotoAsync(path);
        var expected = await page.EvaluateAsync<string[]>(FocusableInFormScript, form);

        await page.Locator("#name").FocusAsync();
        var visited = new List<string> { await page.EvaluateAsync<string>(FocusedScript) };
        while (visited.Count < expected.Length)
        {
            await page.Keyboard.PressAsync("Tab");
            visited.Add(await page.EvaluateAsync<string>(FocusedScript));
        }

        Assert.Equal(expected, visited);
    }
}
