using IntegrationHub.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace IntegrationHub.Console.Tests;

/// <summary>The live events page.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EventsPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Events_ShowAuthenticationRequestedRaisedByCall()
    {
        var admin = fixture.Hub.Admin;
        var method = await admin.CreateMethodAsync(new
        {
            name = "events-user-key",
            type = "customHeader",
            settings = new
            {
                headers = new[] { new { name = "X-Api-Key", value = "{Auth.client_token}" } },
                clientAuthentication = new { enabled = true, validity = "PT1H" },
            },
        });
        await admin.CreateConnectionAsync("orders-events", fixture.Orders.BaseAddress, method);
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.GotoAsync("/events");
        await Expect(page.Locator("#stream-status")).ToContainTextAsync("Connected");

        var envelope = await admin.CallAsync("conv-events-1", "orders-events", "/api-key/orders", "production");

        Assert.Equal("authenticationRequired", envelope.Outcome());
        var row = page.Locator("tr[data-event-type='authenticationRequested']").Filter(new() { HasText = "conv-events-1" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td[data-label='Connection']")).ToHaveTextAsync("orders-events");
        await Expect(row.Locator("td[data-label='Environment']")).ToHaveTextAsync("production");
        await Expect(row.Locator("td[data-label='Method']")).ToHaveTextAsync("events-user-key");
        await Expect(row.Locator("td[data-label='Reason']")).ToHaveTextAsync("missingClientData");
        await Expect(row.Locator("td[data-label='Missing keys']")).ToHaveTextAsync("client_token");
    }

    [Fact]
    public async Task Events_ReplayRecentEventsOnOpen()
    {
        var admin = fixture.Hub.Admin;
        var method = await admin.CreateMethodAsync(new
        {
            name = "events-replay-key",
            type = "customHeader",
            settings = new
            {
                headers = new[] { new { name = "X-Api-Key", value = "{Auth.client_token}" } },
                clientAuthentication = new { enabled = true },
            },
        });
        await admin.CreateConnectionAsync("orders-events-replay", fixture.Orders.BaseAddress, method);
        await admin.CallAsync("conv-events-before-open", "orders-events-replay", "/api-key/orders");
        await using var browser = await fixture.OpenAsync();

        await browser.GotoAsync("/events");

        var row = browser.Page.Locator("tr[data-event-type='authenticationRequested']").Filter(new() { HasText = "conv-events-before-open" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td[data-label='Connection']")).ToHaveTextAsync("orders-events-replay");
    }
}
