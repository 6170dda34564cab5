using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Samples.Orders;

namespace IntegrationHub.IntegrationTests;

/// <summary>Each authentication method type, configured through the REST API, reaching the orders sample in both environments.</summary>
public sealed class MethodTypesEndToEndTests(SampleFixture fixture) : LeakCheckedTests(fixture), IClassFixture<SampleFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    [Theory]
    [InlineData("sandbox")]
    [InlineData("production")]
    public async Task Basic_ReachesOrders(string environment)
    {
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("basic-" + environment));
        var connection = await Admin.CreateConnectionAsync("basic-orders-" + environment, fixture.Orders.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-basic", connection, "/basic/orders", environment);

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Equal("demo", envelope.GetProperty("response").GetProperty("body").GetProperty("caller").GetString());
    }

    [Fact]
    public async Task Basic_WrongPassword_Returns401AsCompleted()
    {
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("basic-wrong", "not-the-password"));
        var connection = await Admin.CreateConnectionAsync("basic-wrong-orders", fixture.Orders.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-basic-wrong", connection, "/basic/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(401, envelope.UpstreamStatus());
    }

    [Theory]
    [InlineData("sandbox")]
    [InlineData("production")]
    public async Task CustomHeader_StaticSecretAndClientData_ReachOrders(string environment)
    {
        var method = await Admin.CreateMethodAsync($$$$"""
            {"name":"api-key-{{{{environment}}}}","type":"customHeader","settings":{
              "headers":[{"name":"X-Api-Key","value":"demo-api-key","secret":true},{"name":"X-User-Id","value":"{Auth.user.id}"}],
              "clientAuthentication":{"enabled":true,"validity":"PT1H"}}}
            """);
        var connection = await Admin.CreateConnectionAsync("api-key-orders-" + environment, fixture.Orders.BaseAddress, method);
        var conversation = "conv-header-" + environment;
        await Admin.AuthenticateAsync(conversation, new { user = new { id = "user-42" } });

        var envelope = await Admin.CallAsync(conversation, connection, "/api-key/orders", environment);

        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Equal("user-42", envelope.GetProperty("response").GetProperty("body").GetProperty("userId").GetString());
    }

    [Theory]
    [InlineData("basicAuthHeader", "sandbox")]
    [InlineData("requestBody", "production")]
    public async Task ClientCredentials_SecretWithReservedCharacters_WorksWithPlacement(string placement, string environment)
    {
        var method = await Admin.CreateMethodAsync(fixture.ClientCredentialsMethod("cc-" + placement, placement));
        var connection = await Admin.CreateConnectionAsync("cc-orders-" + placement, fixture.Orders.BaseAddress, method);
        fixture.Orders.ClearTokenRequests();

        var envelope = await Admin.CallAsync("conv-cc-" + placement, connection, "/client/orders", environment);

        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Equal("orders-machine", envelope.GetProperty("response").GetProperty("body").GetProperty("caller").GetString());
        var tokenRequest = Assert.Single(fixture.Orders.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest.GrantType);
        Assert.Equal(
            placement == "basicAuthHeader" ? TokenRequestClientAuthentication.ClientSecretBasic : TokenRequestClientAuthentication.ClientSecretPost,
            tokenRequest.ClientAuthentication);
        Assert.Equal(placement == "basicAuthHeader", tokenRequest.HasAuthorizationHeader);
    }

    [Fact]
    public async Task ClientCredentials_WrongSecret_FailsWithInvalidClient()
    {
        var method = await Admin.CreateMethodAsync(fixture.ClientCredentialsMethod("cc-wrong", secret: "wrong-secret"));
        var connection = await Admin.CreateConnectionAsync("cc-wrong-orders", fixture.Orders.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-cc-wrong", connection, "/client/orders");

        Assert.Equal("failed", envelope.Outcome());
        var error = envelope.GetProperty("error");
        Assert.Equal("tokenEndpointRejectedClient", error.GetProperty("code").GetString());
        Assert.Equal("invalid_client", error.GetProperty("oauthError").GetString());
    }

    [Theory]
    [InlineData("basicAuthHeader", "sandbox")]
    [InlineData("requestBody", "production")]
    public async Task AuthorizationCode_ExchangesCodeOnceAndReachesOrders(string placement, string environment)
    {
        var method = await Admin.CreateMethodAsync(fixture.AuthorizationCodeMethod("code-" + placement, placement));
        var connection = await Admin.CreateConnectionAsync("code-orders-" + placement, fixture.Orders.BaseAddress, method);
        var conversation = "conv-code-" + placement;
        var code = await fixture.Orders.GetAuthorizationCodeAsync(SampleFixture.RedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        await Admin.AuthenticateAsync(conversation, new { authorization_code = code, redirect_uri = SampleFixture.RedirectUri });
        fixture.Orders.ClearTokenRequests();

        var first = await Admin.CallAsync(conversation, connection, "/user/orders", environment);
        var second = await Admin.CallAsync(conversation, connection, "/user/orders", environment);

        Assert.Equal(200, first.UpstreamStatus());
        Assert.Equal(200, second.UpstreamStatus());
        Assert.Equal("demo-user", first.GetProperty("response").GetProperty("body").GetProperty("caller").GetString());
        var exchange = Assert.Single(fixture.Orders.TokenRequests);
        Assert.Equal("authorization_code", exchange.GrantType);
    }

    [Fact]
    public async Task AuthorizationCode_ExpiredAccessToken_RefreshesOnce()
    {
        var method = await Admin.CreateMethodAsync(fixture.AuthorizationCodeMethod("code-refresh"));
        var connection = await Admin.CreateConnectionAsync("code-refresh-orders", fixture.Orders.BaseAddress, method);
        var code = await fixture.Orders.GetAuthorizationCodeAsync(SampleFixture.RedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        await Admin.AuthenticateAsync("conv-refresh", new { authorization_code = code, redirect_uri = SampleFixture.RedirectUri });
        Assert.Equal(200, (await Admin.CallAsync("conv-refresh", connection, "/user/orders")).UpstreamStatus());
        fixture.Orders.ClearTokenRequests();

        fixture.Hub.Time.Advance(TimeSpan.FromHours(2));
        var envelope = await Admin.CallAsync("conv-refresh", connection, "/user/orders");

        Assert.Equal(200, envelope.UpstreamStatus());
        var refresh = Assert.Single(fixture.Orders.TokenRequests);
        Assert.Equal("refresh_token", refresh.GrantType);
        Assert.DoesNotContain("code", refresh.FormFieldNames);
        Assert.DoesNotContain("redirect_uri", refresh.FormFieldNames);
    }

    [Fact]
    public async Task Call_RedirectFromUpstream_IsReturnedNotFollowed()
    {
        await using var upstream = await RecordingUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("basic-redirect"));
        var connection = await Admin.CreateConnectionAsync("redirecting", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-redirect", connection, "/status/302");

        Assert.Equal(302, envelope.UpstreamStatus());
        Assert.Equal("https://elsewhere.example/next", envelope.GetProperty("response").GetProperty("headers").GetProperty("Location").GetString());
        Assert.Single(upstream.Requests);
    }

    [Fact]
    public async Task Call_MethodHeaderReplacesCallerHeader()
    {
        await using var upstream = await RecordingUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("basic-replace"));
        var connection = await Admin.CreateConnectionAsync("replacing", upstream.BaseAddress, method);

        using var response = await Admin.PostAsync("/v1/conversations/conv-replace/calls", HubApi.Json(JsonSerializer.Serialize(new
        {
            connection,
            environment = "sandbox",
            method = "POST",
            path = "/things",
            query = new { page = 2 },
            headers = new Dictionary<string, string> { ["authorization"] = "Bearer agent-made-this-up", ["X-Trace"] = "t-1" },
            body = new { item = "book" },
        })));
        var envelope = await response.ReadJsonAsync();

        Assert.Equal(200, envelope.UpstreamStatus());
        var received = Assert.Single(upstream.Requests);
        Assert.StartsWith("Basic ", received.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal("t-1", received.Headers["X-Trace"]);
        Assert.Equal("/things?page=2", received.PathAndQuery);
        Assert.Equal("""{"item":"book"}""", received.Body);
    }
}
