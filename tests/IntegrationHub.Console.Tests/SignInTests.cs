using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Console.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IntegrationHub.Console.Tests;

/// <summary>Signing in with an admin API key, the cookie session, signing out, and what happens without a session.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SignInTests(ConsoleFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/authentication-methods")]
    [InlineData("/authentication-methods/new")]
    [InlineData("/api-connections")]
    [InlineData("/api-connections/new")]
    [InlineData("/events")]
    public async Task SignedOut_PageRedirectsToSignIn(string path)
    {
        await using var browser = await fixture.OpenAsync(signIn: false);

        await browser.GotoAsync(path);

        Assert.Equal("/sign-in", browser.Path);
        Assert.Equal(path, System.Web.HttpUtility.ParseQueryString(new Uri(browser.Page.Url).Query)["returnUrl"]);
        await Expect(browser.Page.Locator("#apiKey")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignedOut_EventStreamRedirectsToSignIn()
    {
        using var anonymous = fixture.Hub.CreateClient(apiKey: null);

        using var response = await anonymous.GetAsync("/events/stream");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongKey_IsRejected()
    {
        await using var browser = await fixture.OpenAsync(signIn: false);
        await browser.GotoAsync("/sign-in");

        await browser.Page.Locator("#apiKey").FillAsync(TestSecrets.WrongKey);
        var response = await browser.SubmitAsync("Sign in");

        Assert.Equal("/sign-in", browser.Path);
        await Expect(browser.Page.Locator("#apiKey-error")).ToContainTextAsync("not known");
        await Expect(browser.Page.Locator("#apiKey")).ToHaveAttributeAsync("aria-describedby", "apiKey-error");
        await Expect(browser.Page.Locator("#apiKey")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.DoesNotContain(TestSecrets.WrongKey, await response.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await browser.Context.CookiesAsync(), c => c.Name == "IntegrationHub.Console");
    }

    [Fact]
    public async Task SignIn_RuntimeKey_IsRejected()
    {
        using var created = await fixture.Hub.Admin.PostAsJsonAsync("/v1/api-keys", new { name = "console-runtime", role = "runtime" });
        var runtimeKey = (await created.ReadJsonAsync()).GetProperty("key").GetString()!;
        await using var browser = await fixture.OpenAsync(signIn: false);
        await browser.GotoAsync("/sign-in");

        await browser.Page.Locator("#apiKey").FillAsync(runtimeKey);
        var response = await browser.SubmitAsync("Sign in");

        Assert.Equal("/sign-in", browser.Path);
        await Expect(browser.Page.Locator("#apiKey-error")).ToContainTextAsync("runtime key");
        Assert.DoesNotContain(runtimeKey, await response.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await browser.Context.CookiesAsync(), c => c.Name == "IntegrationHub.Console");
        await browser.GotoAsync("/authentication-methods");
        Assert.Equal("/sign-in", browser.Path);
    }

    [Fact]
    public async Task SignIn_AdminKey_SetsStrictCookie()
    {
        await using var browser = await fixture.OpenAsync(signIn: false);
        await browser.GotoAsync("/api-connections");

        await browser.Page.Locator("#apiKey").FillAsync(ConsoleHost.AdminKey);
        await browser.SubmitAsync("Sign in");

        Assert.Equal("/api-connections", browser.Path);
        var cookie = Assert.Single(await browser.Context.CookiesAsync(), c => c.Name == "IntegrationHub.Console");
        Assert.True(cookie.HttpOnly);
        Assert.Equal("Strict", cookie.SameSite.ToString());
        Assert.DoesNotContain(ConsoleHost.AdminKey, cookie.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionCookie_DoesNotAuthenticateTheApi()
    {
        await using var browser = await fixture.OpenAsync();

        var console = await browser.Page.APIRequest.GetAsync("/authentication-methods", new() { MaxRedirects = 0 });
        var api = await browser.Page.APIRequest.GetAsync("/v1/authentication-methods", new() { MaxRedirects = 0 });

        Assert.Equal(200, console.Status);
        Assert.Equal(401, api.Status);
    }

    [Fact]
    public async Task Navigation_LinksToApiReference()
    {
        await using var browser = await fixture.OpenAsync();
        await browser.GotoAsync("/");

        var response = await browser.Page.RunAndWaitForResponseAsync(
            () => browser.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "API reference", Exact = true }).ClickAsync(),
            response => response.Request.ResourceType == "document" && response.Status != 302);

        Assert.Equal(200, response.Status);
        Assert.StartsWith("/docs", browser.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsSession()
    {
        await using var browser = await fixture.OpenAsync();
        await browser.GotoAsync("/authentication-methods");

        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await browser.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/sign-in");
        await browser.GotoAsync("/authentication-methods");

        Assert.Equal("/sign-in", browser.Path);
        Assert.DoesNotContain(await browser.Context.CookiesAsync(), c => c.Name == "IntegrationHub.Console");
    }

    [Fact]
    public async Task DeletedKey_EndsSession()
    {
        using var created = await fixture.Hub.Admin.PostAsJsonAsync("/v1/api-keys", new { name = "console-short-lived", role = "admin" });
        var issued = await created.ReadJsonAsync();
        await using var browser = await fixture.OpenAsync(signIn: false);
        await browser.SignInAsync(issued.GetProperty("key").GetString()!);
        await browser.GotoAsync("/authentication-methods");
        Assert.Equal("/authentication-methods", browser.Path);

        using var deleted = await fixture.Hub.Admin.DeleteAsync($"/v1/api-keys/{issued.GetProperty("id").GetString()}");
        await browser.GotoAsync("/authentication-methods");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("/sign-in", browser.Path);
    }
}
