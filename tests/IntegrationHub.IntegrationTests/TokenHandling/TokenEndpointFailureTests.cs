using System.Text;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>Token endpoints that are down, slow, redirecting or rejecting the client: what the call returns and what happens next.</summary>
public sealed class TokenEndpointFailureTests(TokenHandlingFixture fixture) : LeakCheckedTests(fixture), IClassFixture<TokenHandlingFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    // A 502 with an HTML body is "unavailable": the client data stays, no one is asked to sign in, and the next call tries again.
    [Fact]
    public async Task Html502_FailsUnavailable_KeepsClientData()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Enqueue(ScriptedResponse.Text(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("html-502", endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync("html-502", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-html-502", TokenMethods.CodeData("authcode-html-502"));
        await using var stream = await Admin.OpenStreamAsync();

        var failed = await Admin.CallAsync("conv-html-502", connection, "/orders");

        Assert.Equal("failed", failed.Outcome());
        Assert.Equal("tokenEndpointUnavailable", failed.ErrorCode());
        Assert.Empty(upstream.Requests);
        await fixture.AssertNoAuthenticationRequestedAsync(stream);

        var retried = await Admin.CallAsync("conv-html-502", connection, "/orders");

        Assert.Equal("completed", retried.Outcome());
        Assert.Equal(2, endpoint.TokenRequests.Count);
        Assert.All(endpoint.TokenRequests, r => Assert.Equal("authcode-html-502", r.Field("code")));
    }

    // A token endpoint that does not respond within IntegrationHub:OAuth:TokenRequestTimeout is "unavailable", and the next call tries again.
    [Fact]
    public async Task Timeout_FailsUnavailable()
    {
        await using var hub = HubHost.Start(settings: new Dictionary<string, string?> { ["IntegrationHub:OAuth:TokenRequestTimeout"] = "00:00:01" });
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Enqueue(endpoint.IssueToken() with { Delay = TimeSpan.FromSeconds(30) });
        var method = await hub.Admin.CreateMethodAsync(TokenMethods.ClientCredentials("timeout", endpoint.TokenUrl));
        var connection = await hub.Admin.CreateConnectionAsync("timeout", upstream.BaseAddress, method);

        var call = hub.Admin.CallAsync("conv-timeout", connection, "/orders");
        await endpoint.WaitForRequestAsync(r => r.Path == "/token");

        // The timeout may run on the hub's clock or on real time. Moving the fake clock past it covers the first case.
        hub.Time.Advance(TimeSpan.FromSeconds(2));
        var failed = await call;

        Assert.Equal("failed", failed.Outcome());
        Assert.Equal("tokenEndpointUnavailable", failed.ErrorCode());
        Assert.Empty(upstream.Requests);

        var retried = await hub.Admin.CallAsync("conv-timeout", connection, "/orders");
        Assert.Equal("completed", retried.Outcome());
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // A token endpoint that refuses connections is "unavailable".
    [Fact]
    public async Task Unreachable_FailsUnavailable()
    {
        var closed = await ScriptedTokenEndpoint.StartAsync();
        var tokenUrl = closed.TokenUrl;
        await closed.DisposeAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("unreachable", tokenUrl));
        var connection = await Admin.CreateConnectionAsync("unreachable", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-unreachable", connection, "/orders");

        Assert.Equal("failed", envelope.Outcome());
        Assert.Equal("tokenEndpointUnavailable", envelope.ErrorCode());
        Assert.Empty(upstream.Requests);
    }

    // After three consecutive unavailable responses, calls fail without a request for 30 seconds, and then try again.
    [Fact]
    public async Task RepeatedUnavailable_PausesThenResumes()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Text(503, "text/plain", "Service Unavailable");
        var connection = await CreateFailingConnectionAsync("cooldown", endpoint, upstream);

        var paused = await Admin.CallAsync("conv-cooldown", connection, "/orders");
        Assert.Equal("tokenEndpointUnavailable", paused.ErrorCode());
        Assert.Equal(3, endpoint.TokenRequests.Count);

        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(31));
        endpoint.Responder = _ => endpoint.IssueToken();
        var resumed = await Admin.CallAsync("conv-cooldown", connection, "/orders");
        Assert.Equal("completed", resumed.Outcome());
        Assert.Equal(4, endpoint.TokenRequests.Count);
    }

    // The pause applies to the token endpoint and client id, which both environments of a method share: production is paused too.
    [Fact]
    public async Task RepeatedUnavailable_OtherEnvironmentAlsoPaused()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Text(503, "text/plain", "Service Unavailable");
        var connection = await CreateFailingConnectionAsync("cooldown-environment", endpoint, upstream);

        var production = await Admin.CallAsync("conv-cooldown-environment", connection, "/orders", environment: "production");

        Assert.Equal("tokenEndpointUnavailable", production.ErrorCode());
        Assert.Equal(3, endpoint.TokenRequests.Count);
    }

    // invalid_client on any grant is the operator's to fix: the call fails, an Error is logged without secrets, and the end user is not asked.
    [Theory]
    [InlineData("client_credentials", 401)]
    [InlineData("authorization_code", 400)]
    [InlineData("refresh_token", 401)]
    public async Task InvalidClient_AnyGrant_FailsAndLogsError(string grantType, int status)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = request => request.GrantType == grantType ? ScriptedResponse.OAuthError("invalid_client", status) : endpoint.IssueToken();
        var name = "invalid-client-" + grantType.Replace('_', '-');
        var conversation = "conv-" + name;
        var method = await Admin.CreateMethodAsync(grantType == "client_credentials"
            ? TokenMethods.ClientCredentials(name, endpoint.TokenUrl)
            : TokenMethods.AuthorizationCode(name, endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync(name, upstream.BaseAddress, method);
        if (grantType != "client_credentials")
        {
            await Admin.AuthenticateAsync(conversation, TokenMethods.CodeData("authcode-" + name));
        }

        if (grantType == "refresh_token")
        {
            Assert.Equal("completed", (await Admin.CallAsync(conversation, connection, "/orders")).Outcome());
            fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        }

        await using var stream = await Admin.OpenStreamAsync();
        var logsBefore = fixture.Hub.Logs.Entries.Count;

        var envelope = await Admin.CallAsync(conversation, connection, "/orders");

        Assert.Equal("failed", envelope.Outcome());
        Assert.Equal("tokenEndpointRejectedClient", envelope.ErrorCode());
        Assert.Equal("invalid_client", envelope.OAuthError());
        Assert.Equal(grantType == "refresh_token" ? 1 : 0, upstream.Requests.Count);
        var newEntries = fixture.Hub.Logs.Entries.Skip(logsBefore).ToList();
        Assert.Contains(newEntries, e => e.StartsWith("Error ", StringComparison.Ordinal));
        var basicCredentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(TokenMethods.ClientId + ":" + Uri.EscapeDataString(TokenMethods.ClientSecret)));
        foreach (var secret in new[] { TokenMethods.ClientSecret, Uri.EscapeDataString(TokenMethods.ClientSecret), basicCredentials })
        {
            Assert.DoesNotContain(newEntries, e => e.Contains(secret, StringComparison.Ordinal));
        }

        await fixture.AssertNoAuthenticationRequestedAsync(stream);
    }

    // A redirect from the token endpoint is not followed, and the failure names the status and the target.
    [Fact]
    public async Task Redirect301_NotFollowed_FailsNamingRedirect()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var location = new Uri(endpoint.BaseAddress, "moved/token").AbsoluteUri;
        endpoint.Responder = _ => ScriptedResponse.Redirect(301, location);
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("redirect-301", endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync("redirect-301", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-redirect-301", connection, "/orders");

        Assert.Equal("failed", envelope.Outcome());
        Assert.Equal("tokenEndpointRedirected", envelope.ErrorCode());
        Assert.Contains("301", envelope.ErrorMessage(), StringComparison.Ordinal);
        Assert.Contains(location, envelope.ErrorMessage(), StringComparison.Ordinal);
        var request = Assert.Single(endpoint.Requests);
        Assert.Equal("/token", request.Path);
        Assert.Empty(upstream.Requests);
    }

    /// <summary>Creates a connection and makes three sandbox calls that each fail with one unavailable token request.</summary>
    private async Task<string> CreateFailingConnectionAsync(string name, ScriptedTokenEndpoint endpoint, ScriptedUpstream upstream)
    {
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials(name, endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync(name, upstream.BaseAddress, method);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal("tokenEndpointUnavailable", (await Admin.CallAsync("conv-" + name, connection, "/orders")).ErrorCode());
            Assert.Equal(attempt, endpoint.TokenRequests.Count);
        }

        return connection;
    }
}
