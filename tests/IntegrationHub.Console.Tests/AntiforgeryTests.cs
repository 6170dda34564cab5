using System.Net;
using System.Text.RegularExpressions;
using IntegrationHub.Console.Tests.Infrastructure;

namespace IntegrationHub.Console.Tests;

/// <summary>Every console form requires the antiforgery token, even with a valid session cookie.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class AntiforgeryTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Post_WithoutToken_IsRejected()
    {
        using var client = fixture.Hub.CreateClient(apiKey: null, new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        await SignInAsync(client);
        var method = new Dictionary<string, string>
        {
            ["Form.Name"] = "antiforgery-basic",
            ["Form.Type"] = "basic",
            ["Form.Username"] = "demo",
            ["Form.Password"] = "demo-password",
        };

        using var withoutToken = await client.PostAsync("/authentication-methods/new", new FormUrlEncodedContent(method));

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Null(await fixture.Hub.Admin.FindMethodAsync("antiforgery-basic"));

        // The same post with the token from the form succeeds, so the token was the only thing missing.
        method["__RequestVerificationToken"] = await ReadTokenAsync(client, "/authentication-methods/new");
        using var withToken = await client.PostAsync("/authentication-methods/new", new FormUrlEncodedContent(method));
        Assert.Equal(HttpStatusCode.Redirect, withToken.StatusCode);
        Assert.NotNull(await fixture.Hub.Admin.FindMethodAsync("antiforgery-basic"));
    }

    [Theory]
    [InlineData("/api-connections/new")]
    [InlineData("/sign-out")]
    [InlineData("/sign-in")]
    public async Task OtherForms_WithoutToken_AreRejected(string path)
    {
        using var client = fixture.Hub.CreateClient(apiKey: null, new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        await SignInAsync(client);

        using var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["ApiKey"] = ConsoleHost.AdminKey, ["Form.Name"] = "antiforgery-connection" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var stillSignedIn = await client.GetAsync("/authentication-methods");
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var token = await ReadTokenAsync(client, "/sign-in");
        using var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ApiKey"] = ConsoleHost.AdminKey,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<string> ReadTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
