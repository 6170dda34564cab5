using System.Net;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>Cases found in review: the retry policy, edited code-flow methods, round trips, default signals, merged parameters and value checks.</summary>
public sealed class ReviewRegressionTests(TokenHandlingFixture fixture) : LeakCheckedTests(fixture), IClassFixture<TokenHandlingFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    // retryOnUnauthorized never still evicts the rejected token, so that the next call obtains a new one.
    [Fact]
    public async Task Never_RejectedToken_NotSentAgain()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.RejectToken(ScriptedTokenEndpoint.AccessToken(1));
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("never-evicts", endpoint.TokenUrl, """{"retryOnUnauthorized":"never"}"""));
        var connection = await Admin.CreateConnectionAsync("never-evicts", upstream.BaseAddress, method);

        Assert.Equal(401, (await Admin.CallAsync("conv-never-evicts", connection, "/orders")).UpstreamStatus());
        var next = await Admin.CallAsync("conv-never-evicts", connection, "/orders");

        Assert.Equal(200, next.UpstreamStatus());
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // With retries forbidden, a method that reads client data still drops it and requests a new sign-in.
    [Fact]
    public async Task Never_CodeFlow_AsksUser()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.RejectToken(ScriptedTokenEndpoint.AccessToken(1));
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("never-code", endpoint.TokenUrl, """{"retryOnUnauthorized":"never"}"""));
        var connection = await Admin.CreateConnectionAsync("never-code", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-never-code", TokenMethods.CodeData("code-never"));

        var envelope = await Admin.CallAsync("conv-never-code", connection, "/orders");

        Assert.Equal("upstreamUnauthorized", envelope.Reason());
        Assert.Single(upstream.Requests);
    }

    // Editing a code-flow method renews its tokens with the refresh token; the spent code is never sent again.
    [Fact]
    public async Task EditedCodeMethod_RefreshesWithoutReplayingCode()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var json = TokenMethods.AuthorizationCode("edited-code", endpoint.TokenUrl);
        var method = await Admin.CreateMethodAsync(json);
        var connection = await Admin.CreateConnectionAsync("edited-code", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-edited-code", TokenMethods.CodeData("code-edited"));
        Assert.Equal(200, (await Admin.CallAsync("conv-edited-code", connection, "/orders")).UpstreamStatus());

        var edited = System.Text.Json.Nodes.JsonNode.Parse(await (await Admin.GetAsync($"/v1/authentication-methods/{method}")).Content.ReadAsStringAsync())!;
        edited["description"] = "a note";
        using var update = await Admin.PutAsync($"/v1/authentication-methods/{method}", HubApi.Json(edited.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var envelope = await Admin.CallAsync("conv-edited-code", connection, "/orders");

        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Equal(["authorization_code", "refresh_token"], endpoint.TokenRequests.Select(r => r.GrantType));
    }

    // The GET response of every method type is accepted back as a PUT body.
    [Fact]
    public async Task CodeMethod_GetThenPut_RoundTrips()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("round-trip-code", endpoint.TokenUrl));
        var current = await (await Admin.GetAsync($"/v1/authentication-methods/{method}")).Content.ReadAsStringAsync();

        using var response = await Admin.PutAsync($"/v1/authentication-methods/{method}", HubApi.Json(current));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    // Body conditions add to the default 401 signal instead of replacing it.
    [Fact]
    public async Task BodyConditionsOnly_KeepStatus401()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.RejectToken(ScriptedTokenEndpoint.AccessToken(1));
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("body-only-signal", endpoint.TokenUrl, """{"unauthorizedSignals":{"bodyConditions":[{"path":"error.code","equals":"TOKEN_EXPIRED"}]}}"""));
        var connection = await Admin.CreateConnectionAsync("body-only-signal", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-body-only", connection, "/orders");

        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // A refresh parameter replaces a token parameter of the same name instead of sending both.
    [Fact]
    public async Task RefreshParameter_ReplacesTokenParameter()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("merged-parameters", endpoint.TokenUrl, """{"additionalTokenParameters":{"tenant":"a"},"additionalRefreshParameters":{"tenant":"b"}}"""));
        var connection = await Admin.CreateConnectionAsync("merged-parameters", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-merged", TokenMethods.CodeData("code-merged"));
        await Admin.CallAsync("conv-merged", connection, "/orders");

        fixture.Hub.Time.Advance(TimeSpan.FromHours(2));
        await Admin.CallAsync("conv-merged", connection, "/orders");

        var refresh = endpoint.TokenRequests.Single(r => r.GrantType == "refresh_token");
        Assert.Equal(["b"], refresh.Values("tenant"));
    }

    [Theory]
    [InlineData("""{"resource":"/relative"}""", "settings.resource")]
    [InlineData("""{"resource":"https://a.example/\r\nX: y"}""", "settings.resource")]
    [InlineData("""{"redirectUri":"https://app.example/cb#x"}""", "settings.redirectUri")]
    public async Task InvalidValue_Returns400(string extraSettings, string field)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();

        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json(TokenMethods.AuthorizationCode("invalid-" + Guid.NewGuid().ToString("N"), endpoint.TokenUrl, extraSettings)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    // RFC 7617 allows an empty password; APIs that take a key as the user-id expect one.
    [Fact]
    public async Task Basic_EmptyPassword_Accepted()
    {
        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json("""{"name":"empty-password","type":"basic","settings":{"username":"sk_live_key","password":""}}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
