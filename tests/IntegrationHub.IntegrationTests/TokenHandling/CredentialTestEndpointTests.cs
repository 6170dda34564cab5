using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary><c>POST /v1/authentication-methods/{id}/test</c>: a fresh token request, optionally one real call, and never a token or secret in the response.</summary>
public sealed class CredentialTestEndpointTests(TokenHandlingFixture fixture) : LeakCheckedTests(fixture), IClassFixture<TokenHandlingFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    [Fact]
    public async Task ClientCredentials_Valid_ReportsToken()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        endpoint.Responder = _ => endpoint.IssueToken(expiresIn: 3600, withRefreshToken: false);
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("test-cc", endpoint.TokenUrl));

        var (status, text, result) = await TestAsync(method, "{}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(result.GetProperty("succeeded").GetBoolean(), text);
        Assert.Equal(3600, result.GetProperty("token").GetProperty("expiresInSeconds").GetInt32());
        Assert.False(result.GetProperty("token").GetProperty("refreshTokenIssued").GetBoolean());
        Assert.Single(endpoint.TokenRequests);
        AssertNoSecrets(text);
    }

    [Fact]
    public async Task ClientCredentials_CachedToken_RequestsFreshToken()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("test-fresh", endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync("test-fresh", upstream.BaseAddress, method);
        await Admin.CallAsync("conv-test-fresh", connection, "/orders");

        await TestAsync(method, "{}");
        await TestAsync(method, "{}");

        Assert.Equal(3, endpoint.TokenRequests.Count);
        Assert.All(endpoint.TokenRequests, r => Assert.Equal("client_credentials", r.GrantType));
    }

    [Fact]
    public async Task InvalidClient_ReportsCallErrorCode()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.OAuthError("invalid_client", 401);
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("test-invalid-client", endpoint.TokenUrl));

        var (status, text, result) = await TestAsync(method, "{}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(result.GetProperty("succeeded").GetBoolean(), text);
        Assert.Equal("tokenEndpointRejectedClient", result.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("invalid_client", result.GetProperty("error").GetProperty("oauthError").GetString());
        AssertNoSecrets(text);
    }

    [Fact]
    public async Task TokenEndpointDown_ReportsUnavailable()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Text(503, "text/html", "<h1>Down for maintenance</h1>");
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("test-down", endpoint.TokenUrl));

        var (status, text, result) = await TestAsync(method, "{}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(result.GetProperty("succeeded").GetBoolean(), text);
        Assert.Equal("tokenEndpointUnavailable", result.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AuthorizationCode_GivenClientData_ExchangesCode()
    {
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode(
            "test-code", fixture.Orders.TokenEndpoint, $$"""{"clientId":"orders-web","clientSecret":"{{TokenHandlingFixture.WebSecret}}"}"""));
        var code = await fixture.Orders.GetAuthorizationCodeAsync(TokenHandlingFixture.SampleRedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        fixture.Orders.ClearTokenRequests();

        var body = JsonSerializer.Serialize(new { auth = new { authorization_code = code, redirect_uri = TokenHandlingFixture.SampleRedirectUri } });
        var (status, text, result) = await TestAsync(method, body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(result.GetProperty("succeeded").GetBoolean(), text);
        Assert.True(result.GetProperty("token").GetProperty("refreshTokenIssued").GetBoolean());
        Assert.InRange(result.GetProperty("token").GetProperty("expiresInSeconds").GetInt32(), 3000, 3600);
        var exchange = Assert.Single(fixture.Orders.TokenRequests);
        Assert.Equal("authorization_code", exchange.GrantType);
        Assert.Equal(200, exchange.StatusCode);
        Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        AssertNoSecrets(text);
    }

    [Fact]
    public async Task ConnectionAndPath_MakesOneCall()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("test-call", endpoint.TokenUrl));
        await Admin.CreateConnectionAsync("test-call", upstream.BaseAddress, method);

        var (status, text, result) = await TestAsync(method, """{"connection":"test-call","path":"/ping","method":"GET"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(result.GetProperty("succeeded").GetBoolean(), text);
        Assert.Equal(200, result.GetProperty("call").GetProperty("status").GetInt32());
        var received = Assert.Single(upstream.Requests);
        Assert.Equal("GET", received.Method);
        Assert.Equal("/ping", received.PathAndQuery);
        Assert.Equal("Bearer " + ScriptedTokenEndpoint.AccessToken(1), received.Headers["Authorization"]);
        AssertNoSecrets(text);
    }

    [Fact]
    public async Task ProductionEnvironment_CallsProductionBaseUrl()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var sandbox = await ScriptedUpstream.StartAsync();
        await using var production = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("test-production", endpoint.TokenUrl));
        using var created = await Admin.PostAsync("/v1/api-connections", HubApi.Json(JsonSerializer.Serialize(new
        {
            name = "test-production",
            environments = new
            {
                sandbox = new { baseUrl = sandbox.BaseAddress.AbsoluteUri, authenticationMethodId = method },
                production = new { baseUrl = production.BaseAddress.AbsoluteUri, authenticationMethodId = method },
            },
        })), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var (status, text, result) = await TestAsync(method, """{"environment":"production","connection":"test-production","path":"/ping"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(result.GetProperty("succeeded").GetBoolean(), text);
        Assert.Single(production.Requests);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task UnknownMethod_Returns404()
    {
        var (status, _, _) = await TestAsync(Guid.NewGuid().ToString(), "{}");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("""{"path":"/ping"}""")]
    [InlineData("""{"environment":"staging"}""")]
    public async Task InvalidBody_Returns400Problem(string body)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("test-invalid-" + Guid.NewGuid().ToString("N"), endpoint.TokenUrl));

        using var response = await Admin.PostAsync($"/v1/authentication-methods/{method}/test", HubApi.Json(body), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(endpoint.Requests);
    }

    [Fact]
    public async Task RuntimeKey_Returns403()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("test-runtime-key", endpoint.TokenUrl));
        using var issued = await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "test-runtime", role = "runtime" }, TestContext.Current.CancellationToken);
        var key = (await issued.ReadJsonAsync()).GetProperty("key").GetString();
        using var runtime = fixture.Hub.CreateClient(key);

        using var response = await runtime.PostAsync($"/v1/authentication-methods/{method}/test", HubApi.Json("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(endpoint.Requests);
    }

    private static void AssertNoSecrets(string text)
    {
        Assert.DoesNotContain(TokenMethods.ClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenHandlingFixture.WebSecret, text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b[ar]tk_\d+\b", text);
    }

    private async Task<(HttpStatusCode Status, string Text, JsonElement Result)> TestAsync(string methodId, string body)
    {
        using var response = await Admin.PostAsync($"/v1/authentication-methods/{methodId}/test", HubApi.Json(body), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var result = response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (response.StatusCode, text, result);
    }
}
