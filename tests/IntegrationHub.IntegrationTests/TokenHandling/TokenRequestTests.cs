using System.Net;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Samples.Orders;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>What reaches the token endpoint: client authentication, body format and the parameters of every grant.</summary>
public sealed class TokenRequestTests(TokenHandlingFixture fixture) : LeakCheckedTests(fixture), IClassFixture<TokenHandlingFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    // Client id and secret are form-urlencoded before base64, as RFC 6749 §2.3.1 requires.
    [Fact]
    public async Task BasicHeader_ColonCredentials_FormUrlEncoded()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("colon-basic", endpoint.TokenUrl, """{"clientId":":","clientSecret":":"}"""));
        var connection = await Admin.CreateConnectionAsync("colon-basic", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-colon-basic", connection, "/orders");

        Assert.Equal("completed", envelope.Outcome());
        var request = Assert.Single(endpoint.TokenRequests);
        Assert.Equal("Basic JTNBOiUzQQ==", request.Authorization);
        Assert.Null(request.Field("client_secret"));
    }

    // OpenIddict form-urldecodes the Basic credentials, so it accepts a client whose id and secret are a colon.
    [Fact]
    public async Task BasicHeader_ColonCredentials_OpenIddictAccepts()
    {
        await using var orders = await OrdersSampleServer.StartAsync(new OrdersSampleOptions { MachineClientId = ":", MachineClientSecret = ":" }, TestContext.Current.CancellationToken);
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("colon-openiddict", orders.TokenEndpoint, """{"clientId":":","clientSecret":":","scope":"orders.read"}"""));
        var connection = await Admin.CreateConnectionAsync("colon-openiddict", orders.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-colon-openiddict", connection, "/client/orders");

        Assert.Equal(200, envelope.UpstreamStatus());
        var request = Assert.Single(orders.TokenRequests);
        Assert.Equal(TokenRequestClientAuthentication.ClientSecretBasic, request.ClientAuthentication);
        Assert.Equal(":", request.ClientId);
    }

    // basicAuthEncoding raw sends base64(id:secret) without form-urlencoding, for servers that never decode.
    [Fact]
    public async Task BasicHeader_RawEncoding_SendsSecretUnencoded()
    {
        const string secret = "s3cr#t=a&b+c";
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("raw-client:" + secret));
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        endpoint.Responder = request => request.Authorization == expected ? endpoint.IssueToken() : ScriptedResponse.OAuthError("invalid_client", 401);
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials(
            "raw-basic", endpoint.TokenUrl, $$"""{"clientId":"raw-client","clientSecret":"{{secret}}","basicAuthEncoding":"raw"}"""));
        var connection = await Admin.CreateConnectionAsync("raw-basic", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-raw-basic", connection, "/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal("Bearer " + ScriptedTokenEndpoint.AccessToken(1), envelope.EchoedAuthorization());
        var request = Assert.Single(endpoint.TokenRequests);
        Assert.Equal(expected, request.Authorization);
    }

    // requestBody placement puts the credentials in the body of every token request, the refresh included, and never also in a header.
    [Fact]
    public async Task RequestBody_Refresh_SendsCredentialsInBodyOnly()
    {
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("body-refresh", fixture.Orders.TokenEndpoint, $$"""
            {"clientId":"orders-web","clientSecret":"{{TokenHandlingFixture.WebSecret}}","clientCredentialPlacement":"requestBody"}
            """));
        var connection = await Admin.CreateConnectionAsync("body-refresh", fixture.Orders.BaseAddress, method);
        var code = await fixture.Orders.GetAuthorizationCodeAsync(TokenHandlingFixture.SampleRedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        await Admin.AuthenticateAsync("conv-body-refresh", TokenMethods.CodeData(code, TokenHandlingFixture.SampleRedirectUri));
        fixture.Orders.ClearTokenRequests();

        Assert.Equal(200, (await Admin.CallAsync("conv-body-refresh", connection, "/user/orders")).UpstreamStatus());
        fixture.Hub.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(200, (await Admin.CallAsync("conv-body-refresh", connection, "/user/orders")).UpstreamStatus());

        var requests = fixture.Orders.TokenRequests;
        Assert.Equal(["authorization_code", "refresh_token"], requests.Select(r => r.GrantType));
        Assert.All(requests, r => Assert.Equal(TokenRequestClientAuthentication.ClientSecretPost, r.ClientAuthentication));
        Assert.All(requests, r => Assert.False(r.HasAuthorizationHeader));
        Assert.All(requests, r => Assert.Contains("client_id", r.FormFieldNames));
        Assert.All(requests, r => Assert.Equal(200, r.StatusCode));
    }

    // A rejected client is reported, not retried with the other placement, so the single-use code is sent once.
    [Fact]
    public async Task CodeExchange_InvalidClient_NoSecondAttempt()
    {
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("exchange-invalid-client", fixture.Orders.TokenEndpoint, """
            {"clientId":"orders-web","clientSecret":"not-the-web-secret","clientCredentialPlacement":"basicAuthHeader"}
            """));
        var connection = await Admin.CreateConnectionAsync("exchange-invalid-client", fixture.Orders.BaseAddress, method);
        var code = await fixture.Orders.GetAuthorizationCodeAsync(TokenHandlingFixture.SampleRedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        await Admin.AuthenticateAsync("conv-exchange-invalid-client", TokenMethods.CodeData(code, TokenHandlingFixture.SampleRedirectUri));
        fixture.Orders.ClearTokenRequests();

        var envelope = await Admin.CallAsync("conv-exchange-invalid-client", connection, "/user/orders");

        Assert.Equal("failed", envelope.Outcome());
        Assert.Equal("tokenEndpointRejectedClient", envelope.ErrorCode());
        Assert.Equal("invalid_client", envelope.OAuthError());
        var request = Assert.Single(fixture.Orders.TokenRequests);
        Assert.Equal(401, request.StatusCode);
        Assert.Equal(TokenRequestClientAuthentication.ClientSecretBasic, request.ClientAuthentication);
    }

    // tokenRequestFormat json sends the same fields as the form, as one JSON object.
    [Fact]
    public async Task JsonFormat_SendsSameFieldsAsForm()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        const string settings = """
            "clientCredentialPlacement":"requestBody","scope":"orders.read orders.write","audience":"api://orders",
            "resource":["https://r1.example/","https://r2.example/"],"additionalTokenParameters":{"tenant":"t-9"}
            """;
        var form = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("format-form", endpoint.TokenUrl, "{" + settings + "}"));
        var json = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("format-json", endpoint.TokenUrl, "{" + settings + ""","tokenRequestFormat":"json"}"""));
        await Admin.CallAsync("conv-format", await Admin.CreateConnectionAsync("format-form", upstream.BaseAddress, form), "/orders");
        await Admin.CallAsync("conv-format", await Admin.CreateConnectionAsync("format-json", upstream.BaseAddress, json), "/orders");

        var requests = endpoint.TokenRequests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("application/x-www-form-urlencoded", requests[0].MediaType);
        Assert.Equal("application/json", requests[1].MediaType);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(requests[1].RawBody).RootElement.ValueKind);
        Assert.Equal(Sorted(requests[0]), Sorted(requests[1]));
        Assert.Equal("client_credentials", requests[1].GrantType);
        Assert.Equal(TokenMethods.ClientSecret, requests[1].Field("client_secret"));
        Assert.Equal(["https://r1.example/", "https://r2.example/"], requests[1].Values("resource"));
    }

    // audience and every resource value reach the code exchange and the refresh.
    [Fact]
    public async Task AudienceAndResources_SentOnExchangeAndRefresh()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("resources", endpoint.TokenUrl, """
            {"audience":"api://orders","resource":["https://r1.example/api","https://r2.example/api"]}
            """));
        var connection = await Admin.CreateConnectionAsync("resources", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-resources", TokenMethods.CodeData("authcode-resources"));

        await Admin.CallAsync("conv-resources", connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        await Admin.CallAsync("conv-resources", connection, "/orders");

        var requests = endpoint.TokenRequests;
        Assert.Equal(["authorization_code", "refresh_token"], requests.Select(r => r.GrantType));
        foreach (var request in requests)
        {
            Assert.Equal(["api://orders"], request.Values("audience"));
            Assert.Equal(["https://r1.example/api", "https://r2.example/api"], request.Values("resource"));
        }
    }

    // A scope array is sent as one space-delimited scope parameter (RFC 6749 §3.3).
    [Fact]
    public async Task ScopeArray_SentSpaceDelimited()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("scope-array", endpoint.TokenUrl, """{"scope":["orders.read","orders.write"]}"""));
        var connection = await Admin.CreateConnectionAsync("scope-array", upstream.BaseAddress, method);

        await Admin.CallAsync("conv-scope-array", connection, "/orders");

        var request = Assert.Single(endpoint.TokenRequests);
        Assert.Equal(["orders.read orders.write"], request.Values("scope"));
    }

    // The redirect URI is sent exactly as resolved, with no normalisation of slash, case or default port.
    [Theory]
    [InlineData("https://app.example/cb/")]
    [InlineData("https://App.Example:443/cb/?tenant=a%2Fb")]
    public async Task RedirectUri_SentByteForByte(string redirectUri)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var name = "redirect-" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(redirectUri))[..24];
        var templated = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode(name + "-t", endpoint.TokenUrl));
        var fixedUri = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode(name + "-s", endpoint.TokenUrl, JsonSerializer.Serialize(new { redirectUri })));
        await Admin.AuthenticateAsync("conv-" + name, TokenMethods.CodeData("authcode-redirect", redirectUri));

        await Admin.CallAsync("conv-" + name, await Admin.CreateConnectionAsync(name + "-t", upstream.BaseAddress, templated), "/orders");
        await Admin.CallAsync("conv-" + name, await Admin.CreateConnectionAsync(name + "-s", upstream.BaseAddress, fixedUri), "/orders");

        var requests = endpoint.TokenRequests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal([redirectUri], r.Values("redirect_uri")));
    }

    // Static and secret tokenRequestHeaders go to every token request and never upstream.
    [Fact]
    public async Task TokenRequestHeaders_SentOnTokenRequestsOnly()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("token-headers", endpoint.TokenUrl, """
            {"tokenRequestHeaders":[{"name":"X-Tenant","value":"t1"},{"name":"X-Token-Key","value":"header-secret-7731","secret":true}]}
            """));
        var connection = await Admin.CreateConnectionAsync("token-headers", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-token-headers", TokenMethods.CodeData("authcode-token-headers"));

        await Admin.CallAsync("conv-token-headers", connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        await Admin.CallAsync("conv-token-headers", connection, "/orders");

        Assert.Equal(["authorization_code", "refresh_token"], endpoint.TokenRequests.Select(r => r.GrantType));
        Assert.All(endpoint.TokenRequests, r => Assert.Equal("t1", r.Headers.GetValueOrDefault("X-Tenant")));
        Assert.All(endpoint.TokenRequests, r => Assert.Equal("header-secret-7731", r.Headers.GetValueOrDefault("X-Token-Key")));
        Assert.All(upstream.Requests, r => Assert.False(r.Headers.ContainsKey("X-Tenant")));
        Assert.All(upstream.Requests, r => Assert.False(r.Headers.ContainsKey("X-Token-Key")));
        using var stored = await Admin.GetAsync($"/v1/authentication-methods/{method}", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("header-secret-7731", await stored.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    // Every token request, whatever its grant, goes through one code path: encoding, format, headers and Accept apply to all.
    [Fact]
    public async Task ExchangeAndRefresh_ApplySameSettings()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("same-settings", endpoint.TokenUrl, """
            {"clientId":"raw-id","clientSecret":"raw+secret/=","basicAuthEncoding":"raw","tokenRequestFormat":"json",
             "tokenRequestHeaders":[{"name":"X-Tenant","value":"t1"}],"additionalTokenParameters":{"tenant":"t-9"}}
            """));
        var connection = await Admin.CreateConnectionAsync("same-settings", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-same-settings", TokenMethods.CodeData("authcode-same-settings"));

        await Admin.CallAsync("conv-same-settings", connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        await Admin.CallAsync("conv-same-settings", connection, "/orders");

        var requests = endpoint.TokenRequests;
        Assert.Equal(["authorization_code", "refresh_token"], requests.Select(r => r.GrantType));
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("raw-id:raw+secret/="));
        Assert.All(requests, r => Assert.Equal(basic, r.Authorization));
        Assert.All(requests, r => Assert.Equal("application/json", r.MediaType));
        Assert.All(requests, r => Assert.Equal("t1", r.Headers.GetValueOrDefault("X-Tenant")));
        Assert.All(requests, r => Assert.Equal("t-9", r.Field("tenant")));
        Assert.All(requests, r => Assert.Contains("application/json", r.Headers.GetValueOrDefault("Accept") ?? string.Empty, StringComparison.Ordinal));
    }

    private static string[] Sorted(RecordedTokenRequest request) =>
        [.. request.Fields.Select(f => f.Key + "=" + f.Value).Order(StringComparer.Ordinal)];
}
