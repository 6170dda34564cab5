using System.Net;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>How long a client credentials token is reused: <c>expires_in</c> in its odd forms, the defaults, the skew and the cap.</summary>
public sealed class TokenLifetimeTests(TokenHandlingFixture fixture) : LeakCheckedTests(fixture), IClassFixture<TokenHandlingFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    // expires_in sent as a JSON string still sets the lifetime.
    [Fact]
    public async Task ExpiresIn_String_UsedAsSeconds()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Json("""{"access_token":"atk_5","token_type":"Bearer","expires_in":"3600"}""");
        var connection = await CreateConnectionAsync("expires-string", endpoint);

        await CallAsync("conv-expires-string", connection);
        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(3000));
        await CallAsync("conv-expires-string", connection);
        Assert.Single(endpoint.TokenRequests);

        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(600));
        await CallAsync("conv-expires-string", connection);
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // Without expires_in a token lives for the default lifetime of 10 minutes, never forever.
    [Fact]
    public async Task NoExpiresIn_DefaultLifetime_TenMinutes()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        endpoint.Responder = _ => endpoint.IssueToken(expiresIn: null, withRefreshToken: false);
        var connection = await CreateConnectionAsync("no-expires-default", endpoint);

        await CallAsync("conv-no-expires-default", connection);
        fixture.Hub.Time.Advance(TimeSpan.FromMinutes(8));
        await CallAsync("conv-no-expires-default", connection);
        Assert.Single(endpoint.TokenRequests);

        fixture.Hub.Time.Advance(TimeSpan.FromMinutes(2));
        await CallAsync("conv-no-expires-default", connection);
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // defaultTokenLifetime on the method replaces the 10 minutes for responses without expires_in.
    [Fact]
    public async Task NoExpiresIn_MethodDefaultLifetime_Used()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        endpoint.Responder = _ => endpoint.IssueToken(expiresIn: null, withRefreshToken: false);
        var connection = await CreateConnectionAsync("no-expires-method", endpoint, """{"defaultTokenLifetime":"PT5M"}""");

        await CallAsync("conv-no-expires-method", connection);
        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(200));
        await CallAsync("conv-no-expires-method", connection);
        Assert.Single(endpoint.TokenRequests);

        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(100));
        await CallAsync("conv-no-expires-method", connection);
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // A token with expires_in 0 or less serves the call that obtained it and is not reused.
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task ExpiresIn_ZeroOrNegative_NotReused(int expiresIn)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => endpoint.IssueToken(expiresIn: expiresIn, withRefreshToken: false);
        var name = "expires-nonpositive" + expiresIn;
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials(name, endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync(name, upstream.BaseAddress, method);

        var first = await Admin.CallAsync("conv-" + name, connection, "/orders");
        var second = await Admin.CallAsync("conv-" + name, connection, "/orders");

        Assert.Equal("Bearer " + ScriptedTokenEndpoint.AccessToken(1), first.EchoedAuthorization());
        Assert.Equal("Bearer " + ScriptedTokenEndpoint.AccessToken(2), second.EchoedAuthorization());
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // An absurdly large expires_in is capped at IntegrationHub:OAuth:MaxTokenLifetime, 24 hours by default.
    [Fact]
    public async Task ExpiresIn_Huge_CappedAtDefaultMaximum()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        endpoint.Responder = _ => endpoint.IssueToken(expiresIn: 999_999_999, withRefreshToken: false);
        var connection = await CreateConnectionAsync("expires-huge", endpoint);

        await CallAsync("conv-expires-huge", connection);
        fixture.Hub.Time.Advance(TimeSpan.FromHours(23));
        await CallAsync("conv-expires-huge", connection);
        Assert.Single(endpoint.TokenRequests);

        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        await CallAsync("conv-expires-huge", connection);
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // The cap follows the server option when the operator sets it.
    [Fact]
    public async Task ExpiresIn_Huge_CappedAtConfiguredMaximum()
    {
        await using var hub = HubHost.Start(settings: new Dictionary<string, string?> { ["IntegrationHub:OAuth:MaxTokenLifetime"] = "01:00:00" });
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => endpoint.IssueToken(expiresIn: 86_400, withRefreshToken: false);
        var method = await hub.Admin.CreateMethodAsync(TokenMethods.ClientCredentials("expires-capped", endpoint.TokenUrl));
        var connection = await hub.Admin.CreateConnectionAsync("expires-capped", upstream.BaseAddress, method);

        await hub.Admin.CallAsync("conv-expires-capped", connection, "/orders");
        hub.Time.Advance(TimeSpan.FromMinutes(50));
        await hub.Admin.CallAsync("conv-expires-capped", connection, "/orders");
        Assert.Single(endpoint.TokenRequests);

        hub.Time.Advance(TimeSpan.FromMinutes(10));
        await hub.Admin.CallAsync("conv-expires-capped", connection, "/orders");
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // Editing the method's scope makes the next call request a token with the new scope instead of reusing the old one.
    [Fact]
    public async Task EditedScope_OldTokenNotReused()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("edited-scope", endpoint.TokenUrl, """{"scope":"orders.read"}"""));
        var connection = await Admin.CreateConnectionAsync("edited-scope", upstream.BaseAddress, method);
        await Admin.CallAsync("conv-edited-scope", connection, "/orders");

        using var update = await Admin.PutAsync(
            $"/v1/authentication-methods/{method}",
            HubApi.Json(TokenMethods.ClientCredentials("edited-scope", endpoint.TokenUrl, """{"scope":"orders.write"}""")),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var envelope = await Admin.CallAsync("conv-edited-scope", connection, "/orders");

        Assert.Equal(["orders.read", "orders.write"], endpoint.TokenRequests.Select(r => r.Field("scope")));
        Assert.Equal("Bearer " + ScriptedTokenEndpoint.AccessToken(2), envelope.EchoedAuthorization());
    }

    // An expired client credentials token, which comes without a refresh token, is replaced by running the grant again.
    [Fact]
    public async Task ClientCredentials_Expired_GrantRunsAgain()
    {
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("cc-expired-again", fixture.Orders.TokenEndpoint, $$"""
            {"clientId":"orders-machine","clientSecret":"{{TokenHandlingFixture.MachineSecret}}","scope":"orders.read"}
            """));
        var connection = await Admin.CreateConnectionAsync("cc-expired-again", fixture.Orders.BaseAddress, method);
        fixture.Orders.ClearTokenRequests();

        Assert.Equal(200, (await Admin.CallAsync("conv-cc-expired-again", connection, "/client/orders")).UpstreamStatus());
        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(200, (await Admin.CallAsync("conv-cc-expired-again", connection, "/client/orders")).UpstreamStatus());

        Assert.Equal(["client_credentials", "client_credentials"], fixture.Orders.TokenRequests.Select(r => r.GrantType));
        Assert.All(fixture.Orders.TokenRequests, r => Assert.Equal(200, r.StatusCode));
    }

    // A 60-second token is renewed a quarter of its lifetime before expiry, so a call at 55 s gets a new token first.
    [Fact]
    public async Task ShortLifetime_CallAt55Seconds_NewTokenFirst()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => endpoint.IssueToken(expiresIn: 60, withRefreshToken: false);
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("short-lifetime", endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync("short-lifetime", upstream.BaseAddress, method);

        await Admin.CallAsync("conv-short-lifetime", connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(40));
        var at40 = await Admin.CallAsync("conv-short-lifetime", connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(15));
        var at55 = await Admin.CallAsync("conv-short-lifetime", connection, "/orders");

        Assert.Equal("Bearer " + ScriptedTokenEndpoint.AccessToken(1), at40.EchoedAuthorization());
        Assert.Equal("Bearer " + ScriptedTokenEndpoint.AccessToken(2), at55.EchoedAuthorization());
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // expirySkew on the method sets how long before expiry the token is renewed.
    [Fact]
    public async Task ExpirySkew_MethodSetting_Used()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        endpoint.Responder = _ => endpoint.IssueToken(expiresIn: 3600, withRefreshToken: false);
        var connection = await CreateConnectionAsync("expiry-skew", endpoint, """{"expirySkew":30}""");

        await CallAsync("conv-expiry-skew", connection);
        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(3550));
        await CallAsync("conv-expiry-skew", connection);
        Assert.Single(endpoint.TokenRequests);

        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(25));
        await CallAsync("conv-expiry-skew", connection);
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    private async Task<string> CreateConnectionAsync(string name, ScriptedTokenEndpoint endpoint, string extraSettings = "{}")
    {
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials(name, endpoint.TokenUrl, extraSettings));

        // The orders sample's /echo route accepts any token, because these tests count token requests only.
        return await Admin.CreateConnectionAsync(name, fixture.Orders.BaseAddress, method);
    }

    private async Task CallAsync(string conversationId, string connection)
    {
        var envelope = await Admin.CallAsync(conversationId, connection, "/echo");
        Assert.Equal("completed", envelope.Outcome());
    }
}
