using IntegrationHub.Console.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IntegrationHub.Console.Tests;

/// <summary>The API connection pages, with the "API Source" section and its way to create an authentication method on the way.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ApiConnectionFormTests(ConsoleFixture fixture)
{
    private HttpClient Admin => fixture.Hub.Admin;

    [Fact]
    public async Task ApiSource_NewMethod_ComesBackSelected()
    {
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        var ordersUrl = fixture.Orders.BaseAddress.AbsoluteUri;
        await browser.GotoAsync("/api-connections/new");
        await page.Locator("#name").FillAsync("orders-from-console");
        await page.Locator("#description").FillAsync("Orders API, set up in the console");
        await page.Locator("#environments-sandbox-baseUrl").FillAsync(ordersUrl);

        await browser.SubmitAsync("Create a new authentication method for Sandbox");
        Assert.Equal("/authentication-methods/new", browser.Path);
        await Expect(page.Locator(".notice")).ToContainTextAsync("return to the API connection");
        await page.Locator("#name").FillAsync("orders-demo-user");
        await page.Locator("#type").SelectOptionAsync("basic");
        await page.Locator("#settings-username").FillAsync("demo");
        await page.Locator("#settings-password").FillAsync("demo-password");
        await browser.SubmitAsync("Create Authentication Method");

        Assert.Equal("/api-connections/new", browser.Path);
        var methodId = (await Admin.FindMethodAsync("orders-demo-user"))!.Value.GetProperty("id").GetString()!;
        await Expect(page.Locator("#name")).ToHaveValueAsync("orders-from-console");
        await Expect(page.Locator("#description")).ToHaveValueAsync("Orders API, set up in the console");
        await Expect(page.Locator("#environments-sandbox-baseUrl")).ToHaveValueAsync(ordersUrl);
        await Expect(page.Locator("#environments-sandbox-authenticationMethodId")).ToHaveValueAsync(methodId);
        await Expect(page.Locator(".status-message")).ToContainTextAsync("orders-demo-user");

        await page.Locator("#environments-production-baseUrl").FillAsync(ordersUrl);
        await page.Locator("#environments-production-authenticationMethodId").SelectOptionAsync(new SelectOptionValue { Label = "orders-demo-user (Basic)" });
        await browser.SubmitAsync("Create API Connection");

        Assert.Equal("/api-connections", browser.Path);
        var connection = (await Admin.FindConnectionAsync("orders-from-console"))!.Value;
        foreach (var environment in new[] { "sandbox", "production" })
        {
            var saved = connection.GetProperty("environments").GetProperty(environment);
            Assert.Equal(ordersUrl, saved.GetProperty("baseUrl").GetString());
            Assert.Equal(methodId, saved.GetProperty("authenticationMethodId").GetString());
            var envelope = await Admin.CallAsync("conv-console-connection", "orders-from-console", "/basic/orders", environment);
            Assert.Equal(200, envelope.UpstreamStatus());
        }

        await Expect(page.Locator("table.list tbody tr").Filter(new() { HasText = "orders-from-console" })).ToContainTextAsync("orders-demo-user");
    }

    [Fact]
    public async Task EditConnection_NewMethod_KeepsUnsavedFields()
    {
        var firstMethod = await Admin.CreateMethodAsync(new { name = "edit-connection-first", type = "basic", settings = new { username = "demo", password = "demo-password" } });
        var connectionId = await Admin.CreateConnectionAsync("orders-edit-connection", fixture.Orders.BaseAddress, firstMethod);
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.GotoAsync($"/api-connections/{connectionId}");
        await page.Locator("#description").FillAsync("Production moves to the API key");

        await browser.SubmitAsync("Create a new authentication method for Production");
        await page.Locator("#name").FillAsync("edit-connection-api-key");
        await page.Locator("#type").SelectOptionAsync("customHeader");
        await page.Locator("#settings-headers-0-name").FillAsync("X-Api-Key");
        await page.Locator("#settings-headers-0-value").FillAsync("demo-api-key");
        await page.Locator("#settings-headers-0-secret").CheckAsync();
        await browser.SubmitAsync("Create Authentication Method");

        Assert.Equal($"/api-connections/{connectionId}", browser.Path);
        var newMethod = (await Admin.FindMethodAsync("edit-connection-api-key"))!.Value.GetProperty("id").GetString()!;
        await Expect(page.Locator("#description")).ToHaveValueAsync("Production moves to the API key");
        await Expect(page.Locator("#environments-sandbox-authenticationMethodId")).ToHaveValueAsync(firstMethod);
        await Expect(page.Locator("#environments-production-authenticationMethodId")).ToHaveValueAsync(newMethod);
        await browser.SubmitAsync("Save changes");

        Assert.Equal("/api-connections", browser.Path);
        var saved = (await Admin.FindConnectionAsync("orders-edit-connection"))!.Value;
        Assert.Equal("Production moves to the API key", saved.GetProperty("description").GetString());
        Assert.Equal(firstMethod, saved.GetProperty("environments").GetProperty("sandbox").GetProperty("authenticationMethodId").GetString());
        Assert.Equal(newMethod, saved.GetProperty("environments").GetProperty("production").GetProperty("authenticationMethodId").GetString());
        var production = await Admin.CallAsync("conv-edit-connection", "orders-edit-connection", "/api-key/orders", "production");
        Assert.Equal(200, production.UpstreamStatus());
    }

    [Fact]
    public async Task InvalidEnvironment_ShowsErrorsBesideItsFields()
    {
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.GotoAsync("/api-connections/new");

        await page.Locator("#name").FillAsync("orders-invalid-environment");
        await page.Locator("#environments-sandbox-baseUrl").FillAsync("ftp://orders.example.com");
        await browser.SubmitAsync("Create API Connection");

        Assert.Equal("/api-connections/new", browser.Path);
        await Expect(page.Locator("#environments-sandbox-baseUrl-error")).ToContainTextAsync("absolute http or https URL");
        await Expect(page.Locator("#environments-sandbox-authenticationMethodId-error")).ToContainTextAsync("required");
        await Expect(page.Locator("#environments-sandbox-baseUrl")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#environments-production-baseUrl-error")).ToHaveCountAsync(0);
        Assert.Null(await Admin.FindConnectionAsync("orders-invalid-environment"));
    }

    [Fact]
    public async Task NoEnvironment_ShowsErrorOnApiSource()
    {
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.GotoAsync("/api-connections/new");

        await page.Locator("#name").FillAsync("orders-no-environment");
        await browser.SubmitAsync("Create API Connection");

        await Expect(page.Locator("#environments-error")).ToContainTextAsync("at least one");
        Assert.Null(await Admin.FindConnectionAsync("orders-no-environment"));
    }
}
