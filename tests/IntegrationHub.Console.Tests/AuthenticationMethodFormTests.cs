using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Console.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IntegrationHub.Console.Tests;

/// <summary>The authentication method pages: create each type, validation errors beside their fields, editing with stored secrets, deleting.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AuthenticationMethodFormTests(ConsoleFixture fixture)
{
    private const string RedirectUri = "http://127.0.0.1:5299/callback";

    private HttpClient Admin => fixture.Hub.Admin;

    [Fact]
    public async Task Create_EachType_IsSavedThroughTheService()
    {
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;

        await browser.GotoAsync("/authentication-methods");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create Authentication Method", Exact = true }).ClickAsync();
        await page.Locator("#name").FillAsync("form-basic");
        await page.Locator("#description").FillAsync("Orders API as the demo user");
        await page.Locator("#type").SelectOptionAsync("basic");
        await page.Locator("#settings-username").FillAsync("demo");
        await page.Locator("#settings-password").FillAsync("demo-password");
        await browser.SubmitAsync("Create Authentication Method");
        Assert.Equal("/authentication-methods", browser.Path);
        await Expect(page.Locator(".status-message")).ToContainTextAsync("form-basic");

        await browser.GotoAsync("/authentication-methods/new");
        await page.Locator("#name").FillAsync("form-custom-header");
        await page.Locator("#type").SelectOptionAsync("customHeader");
        await page.Locator("#settings-headers-0-name").FillAsync("X-Api-Key");
        await page.Locator("#settings-headers-0-value").FillAsync("demo-api-key");
        await page.Locator("#settings-headers-0-secret").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add header", Exact = true }).ClickAsync();
        await page.Locator("#settings-headers-1-name").FillAsync("X-Removed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add header", Exact = true }).ClickAsync();
        await page.Locator("#settings-headers-2-name").FillAsync("X-User-Id");
        await page.Locator("#settings-headers-2-value").FillAsync("{Auth.user_id}");
        await page.Locator("[data-header-row]").Nth(1).GetByRole(AriaRole.Button, new() { Name = "Remove header" }).ClickAsync();
        await page.Locator("#settings-clientAuthentication-enabled").CheckAsync();
        await page.Locator("#settings-clientAuthentication-validity").FillAsync("PT1H");
        await browser.SubmitAsync("Create Authentication Method");
        Assert.Equal("/authentication-methods", browser.Path);

        await browser.GotoAsync("/authentication-methods/new");
        await page.Locator("#name").FillAsync("form-client-credentials");
        await page.Locator("#type").SelectOptionAsync("oauth2ClientCredentials");
        await page.Locator("#settings-clientId").FillAsync("orders-machine");
        await page.Locator("#settings-clientSecret").FillAsync("machine-secret");
        await page.Locator("#settings-tokenUrl").FillAsync(fixture.Orders.TokenEndpoint.AbsoluteUri);
        await page.GetByLabel("Request body").CheckAsync();
        await page.Locator("#settings-scope").FillAsync("orders.read");
        await browser.SubmitAsync("Create Authentication Method");
        Assert.Equal("/authentication-methods", browser.Path);

        await browser.GotoAsync("/authentication-methods/new");
        await page.Locator("#name").FillAsync("form-authorization-code");
        await page.Locator("#type").SelectOptionAsync("oauth2AuthorizationCode");
        await page.Locator("#settings-clientId").FillAsync("orders-web");
        await page.Locator("#settings-clientSecret").FillAsync("web-secret");
        await page.Locator("#settings-tokenUrl").FillAsync(fixture.Orders.TokenEndpoint.AbsoluteUri);
        await page.Locator("#settings-redirectUri").FillAsync(RedirectUri);
        await page.Locator("#settings-headers-0-name").FillAsync("Authorization");
        await page.Locator("#settings-headers-0-value").FillAsync("Bearer {OAuth.access_token}");
        await browser.SubmitAsync("Create Authentication Method");
        Assert.Equal("/authentication-methods", browser.Path);

        var basic = (await Admin.FindMethodAsync("form-basic"))!.Value;
        Assert.Equal("basic", basic.GetProperty("type").GetString());
        Assert.Equal("Orders API as the demo user", basic.GetProperty("description").GetString());
        Assert.Equal("demo", basic.GetProperty("settings").GetProperty("username").GetString());
        Assert.True(basic.GetProperty("settings").GetProperty("passwordSet").GetBoolean());

        var custom = (await Admin.FindMethodAsync("form-custom-header"))!.Value;
        var headers = custom.GetProperty("settings").GetProperty("headers").EnumerateArray().ToList();
        Assert.Equal(["X-Api-Key", "X-User-Id"], headers.Select(h => h.GetProperty("name").GetString()));
        Assert.True(headers[0].GetProperty("secret").GetBoolean());
        Assert.False(headers[0].TryGetProperty("value", out _));
        Assert.Equal("{Auth.user_id}", headers[1].GetProperty("value").GetString());
        Assert.True(custom.GetProperty("settings").GetProperty("clientAuthentication").GetProperty("enabled").GetBoolean());
        Assert.Equal("PT1H", custom.GetProperty("settings").GetProperty("clientAuthentication").GetProperty("validity").GetString());

        var clientCredentials = (await Admin.FindMethodAsync("form-client-credentials"))!.Value.GetProperty("settings");
        Assert.Equal("orders-machine", clientCredentials.GetProperty("clientId").GetString());
        Assert.True(clientCredentials.GetProperty("clientSecretSet").GetBoolean());
        Assert.Equal(fixture.Orders.TokenEndpoint.AbsoluteUri, clientCredentials.GetProperty("tokenUrl").GetString());
        Assert.Equal("requestBody", clientCredentials.GetProperty("clientCredentialPlacement").GetString());
        Assert.Equal("orders.read", clientCredentials.GetProperty("scope").GetString());

        var code = (await Admin.FindMethodAsync("form-authorization-code"))!.Value;
        Assert.Equal("oauth2AuthorizationCode", code.GetProperty("type").GetString());
        Assert.Equal(RedirectUri, code.GetProperty("settings").GetProperty("redirectUri").GetString());
        Assert.Equal("{Auth.authorization_code}", code.GetProperty("settings").GetProperty("authorizationCodeReference").GetString());
        Assert.Equal("basicAuthHeader", code.GetProperty("settings").GetProperty("clientCredentialPlacement").GetString());

        // The secrets typed into the forms reach the orders API.
        var basicCall = await CallThroughNewConnectionAsync("form-basic", basic, "/basic/orders");
        Assert.Equal(200, basicCall.UpstreamStatus());
        var clientCall = await CallThroughNewConnectionAsync("form-client-credentials", (await Admin.FindMethodAsync("form-client-credentials"))!.Value, "/client/orders");
        Assert.Equal(200, clientCall.UpstreamStatus());
        using var authenticated = await Admin.PostAsJsonAsync("/v1/conversations/form-custom-header/authenticate", new { customerExternalId = "customer-1", auth = new { user_id = "user-7" } });
        Assert.Equal(HttpStatusCode.NoContent, authenticated.StatusCode);
        var headerCall = await CallThroughNewConnectionAsync("form-custom-header", custom, "/api-key/orders");
        Assert.Equal(200, headerCall.UpstreamStatus());
        Assert.Equal("user-7", headerCall.GetProperty("response").GetProperty("body").GetProperty("userId").GetString());

        await browser.GotoAsync("/authentication-methods");
        var rows = page.Locator("table.list tbody tr");
        await Expect(rows.Filter(new() { HasText = "form-basic" })).ToContainTextAsync("Basic");
        await Expect(rows.Filter(new() { HasText = "form-custom-header" })).ToContainTextAsync("Custom Header");
        await Expect(rows.Filter(new() { HasText = "form-client-credentials" })).ToContainTextAsync("OAuth 2.0 Client Credentials");
        await Expect(rows.Filter(new() { HasText = "form-authorization-code" })).ToContainTextAsync("OAuth 2.0 Authorization Code");
        await Expect(rows.Filter(new() { HasText = "form-basic" })).ToContainTextAsync("form-basic-orders");
    }

    [Fact]
    public async Task InvalidFields_ShowEachErrorBesideItsField()
    {
        var countBefore = await CountMethodsAsync();
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.GotoAsync("/authentication-methods/new");

        await page.Locator("#type").SelectOptionAsync("oauth2ClientCredentials");
        await page.Locator("#settings-clientSecret").FillAsync(TestSecrets.TypedThenRejected);
        await page.Locator("#settings-tokenUrl").FillAsync("not-a-url");
        await page.Locator("#settings-additionalTokenParameters").FillAsync("resource");
        await page.Locator("#settings-headers-0-name").FillAsync("Bad Header");
        await page.Locator("#settings-headers-0-value").FillAsync("x");
        await page.Locator("#settings-clientAuthentication-enabled").CheckAsync();
        await page.Locator("#settings-clientAuthentication-validity").FillAsync("soon");
        var response = await browser.SubmitAsync("Create Authentication Method");

        Assert.Equal("/authentication-methods/new", browser.Path);
        var expected = new Dictionary<string, string>
        {
            ["name"] = "required",
            ["settings-clientId"] = "required",
            ["settings-tokenUrl"] = "absolute http or https URL",
            ["settings-additionalTokenParameters"] = "no '='",
            ["settings-headers-0-name"] = "not a valid RFC 9110 token",
            ["settings-clientAuthentication-validity"] = "ISO 8601 duration",
        };
        foreach (var (field, message) in expected)
        {
            await Expect(page.Locator($"#{field}-error")).ToContainTextAsync(message);
            await Expect(page.Locator($"#{field}")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator($"#{field}")).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex($@"\b{field}-error\b"));
            Assert.Equal($"{field}-error", await page.EvaluateAsync<string>("id => document.getElementById(id).nextElementSibling.id", field));
        }

        var summary = page.Locator("#error-summary");
        await Expect(summary).ToHaveAttributeAsync("role", "alert");
        await Expect(summary.Locator("li")).ToHaveCountAsync(expected.Count);
        foreach (var link in await summary.Locator("a").AllAsync())
        {
            var target = (await link.GetAttributeAsync("href"))!.TrimStart('#');
            Assert.True(expected.ContainsKey(target), $"The summary links to '{target}', which has no expected error.");
        }

        Assert.Equal("error-summary", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Expect(page.Locator("#settings-tokenUrl")).ToHaveValueAsync("not-a-url");
        await Expect(page.Locator("#settings-clientSecret")).ToHaveValueAsync(string.Empty);
        Assert.DoesNotContain(TestSecrets.TypedThenRejected, await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(countBefore, await CountMethodsAsync());
    }

    [Fact]
    public async Task InvalidBasic_ShowsErrorsBesideUsernameAndPassword()
    {
        var countBefore = await CountMethodsAsync();
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.GotoAsync("/authentication-methods/new?type=basic");

        await page.Locator("#name").FillAsync("form-invalid-basic");
        await page.Locator("#settings-username").FillAsync("demo:user");
        await browser.SubmitAsync("Create Authentication Method");

        await Expect(page.Locator("#settings-username-error")).ToContainTextAsync("RFC 7617");
        await Expect(page.Locator("#settings-password-error")).ToContainTextAsync("required");
        await Expect(page.Locator("#name-error")).ToHaveCountAsync(0);
        await Expect(page.Locator("#name")).ToHaveValueAsync("form-invalid-basic");
        Assert.Equal(countBefore, await CountMethodsAsync());
    }

    [Theory]
    [InlineData("basic", "/basic/orders", "demo-password")]
    [InlineData("customHeader", "/api-key/orders", "demo-api-key")]
    [InlineData("oauth2ClientCredentials", "/client/orders", "machine-secret")]
    public async Task Edit_WithoutRetypingSecret_KeepsSecret(string type, string path, string secret)
    {
        var name = "edit-" + type;
        object settings = type switch
        {
            "basic" => new { username = "demo", password = secret },
            "customHeader" => new { headers = new[] { new { name = "X-Api-Key", value = secret, secret = true } } },
            _ => new { clientId = "orders-machine", clientSecret = secret, tokenUrl = fixture.Orders.TokenEndpoint.AbsoluteUri, scope = "orders.read" },
        };
        var id = await Admin.CreateMethodAsync(new { name, type, settings });
        var connection = await Admin.CreateConnectionAsync(name + "-orders", fixture.Orders.BaseAddress, id);
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;

        var response = await browser.GotoAsync($"/authentication-methods/{id}");
        Assert.DoesNotContain(secret, await response!.TextAsync(), StringComparison.Ordinal);
        await Expect(page.Locator(".secret-set")).ToContainTextAsync("is set");
        var secretField = page.Locator(type switch
        {
            "basic" => "#settings-password",
            "customHeader" => "#settings-headers-0-value",
            _ => "#settings-clientSecret",
        });
        await Expect(secretField).ToHaveValueAsync(string.Empty);
        await page.Locator("#description").FillAsync("Edited in the console");
        await browser.SubmitAsync("Save changes");

        Assert.Equal("/authentication-methods", browser.Path);
        await Expect(page.Locator(".status-message")).ToContainTextAsync($"Saved the authentication method '{name}'");
        var saved = (await Admin.FindMethodAsync(name))!.Value;
        Assert.Equal("Edited in the console", saved.GetProperty("description").GetString());
        var envelope = await Admin.CallAsync("conv-" + name, connection, path);
        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(200, envelope.UpstreamStatus());
        var editedPage = await browser.GotoAsync($"/authentication-methods/{id}");
        Assert.DoesNotContain(secret, await editedPage!.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_MethodInUse_NamesConnection()
    {
        var id = await Admin.CreateMethodAsync(new { name = "delete-in-use", type = "basic", settings = new { username = "demo", password = "demo-password" } });
        await Admin.CreateConnectionAsync("orders-blocking-delete", fixture.Orders.BaseAddress, id);
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.GotoAsync($"/authentication-methods/{id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete this method…" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/delete", StringComparison.Ordinal));
        await browser.SubmitAsync("Delete");

        Assert.Equal($"/authentication-methods/{id}/delete", browser.Path);
        await Expect(page.Locator("#blocked-by")).ToContainTextAsync("orders-blocking-delete");
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("orders-blocking-delete");
        using var stillThere = await Admin.GetAsync($"/v1/authentication-methods/{id}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task Delete_UnusedMethod_IsDeletedAfterConfirmation()
    {
        var id = await Admin.CreateMethodAsync(new { name = "delete-unused", type = "basic", settings = new { username = "demo", password = "demo-password" } });
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.GotoAsync($"/authentication-methods/{id}/delete");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("delete-unused");
        await browser.SubmitAsync("Delete");

        Assert.Equal("/authentication-methods", browser.Path);
        await Expect(page.Locator(".status-message")).ToContainTextAsync("Deleted the authentication method 'delete-unused'");
        using var deletedResponse = await Admin.GetAsync($"/v1/authentication-methods/{id}");
        Assert.Equal(HttpStatusCode.NotFound, deletedResponse.StatusCode);
    }

    private async Task<JsonElement> CallThroughNewConnectionAsync(string methodName, JsonElement method, string path)
    {
        var connection = await Admin.CreateConnectionAsync(methodName + "-orders", fixture.Orders.BaseAddress, method.GetProperty("id").GetString()!);
        return await Admin.CallAsync(methodName, connection, path);
    }

    private async Task<int> CountMethodsAsync() =>
        (await (await Admin.GetAsync("/v1/authentication-methods")).ReadJsonAsync()).GetProperty("items").GetArrayLength();
}
