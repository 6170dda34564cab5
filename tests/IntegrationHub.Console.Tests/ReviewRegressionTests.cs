using IntegrationHub.Console.Tests.Infrastructure;
using IntegrationHub.Methods;
using IntegrationHub.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IntegrationHub.Console.Tests;

/// <summary>Cases found in review: long unsaved connection forms and read-only methods.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReviewRegressionTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task ApiSource_LongDescription_SurvivesRoundTrip()
    {
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        var description = string.Concat(Enumerable.Repeat("日本語 %&? ", 180));
        await browser.GotoAsync("/api-connections/new");
        await page.Locator("#name").FillAsync("long-draft");
        await page.Locator("#description").FillAsync(description);

        await browser.SubmitAsync("Create a new authentication method for Sandbox");

        Assert.Equal("/authentication-methods/new", browser.Path);
        Assert.True(page.Url.Length < 400, page.Url);
        var returnUrl = Uri.UnescapeDataString(page.Url[(page.Url.IndexOf("returnUrl=", StringComparison.Ordinal) + "returnUrl=".Length)..]);
        await browser.GotoAsync(returnUrl);
        await Expect(page.Locator("#name")).ToHaveValueAsync("long-draft");
        await Expect(page.Locator("#description")).ToHaveValueAsync(description);
    }

    [Fact]
    public async Task ReadOnlyMethod_OpensViewOnly()
    {
        var now = DateTimeOffset.UtcNow;
        var method = new AuthenticationMethod(Guid.NewGuid(), "managed-by-code", "Signs requests", new BasicSettings("service", new Secret("managed-secret-value")), ReadOnly: true, now, now, 1);
        await fixture.Hub.Services.GetRequiredService<IAuthenticationMethodStore>().AddAsync(method, TestContext.Current.CancellationToken);
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;

        await browser.GotoAsync($"/authentication-methods/{method.Id}");

        await Expect(page.Locator("h1")).ToHaveTextAsync("View authentication method");
        await Expect(page.Locator("p.notice[role='note']")).ToContainTextAsync("managed by the code");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save changes" })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Delete this method…")).ToHaveCountAsync(0);
        await Expect(page.Locator("#settings-username")).ToBeDisabledAsync();
        Assert.DoesNotContain("managed-secret-value", await page.ContentAsync(), StringComparison.Ordinal);
    }
}
