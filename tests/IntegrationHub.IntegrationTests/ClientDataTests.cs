using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests;

/// <summary>Missing, expired and rejected client data: nothing is sent, the data is dropped where stale, and authenticationRequested reaches a real SSE connection.</summary>
public sealed class ClientDataTests(SampleFixture fixture) : LeakCheckedTests(fixture), IClassFixture<SampleFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    private Task<string> CreateTokenHeaderMethodAsync(string name) => Admin.CreateMethodAsync($$$$"""
        {"name":"{{{{name}}}}","type":"customHeader","settings":{
          "headers":[{"name":"X-Api-Key","value":"{Auth.client_token}"}],
          "clientAuthentication":{"enabled":true,"validity":"PT15M"}}}
        """);

    [Fact]
    public async Task MissingClientData_NothingSent_EventPublished()
    {
        await using var upstream = await RecordingUpstream.StartAsync();
        var connection = await Admin.CreateConnectionAsync("missing-data", upstream.BaseAddress, await CreateTokenHeaderMethodAsync("missing-data"));
        await using var stream = await Admin.OpenStreamAsync();

        var envelope = await Admin.CallAsync("conv-missing", connection, "/orders");

        Assert.Equal("authenticationRequired", envelope.Outcome());
        Assert.Equal("missingClientData", envelope.GetProperty("reason").GetString());
        Assert.Equal(["client_token"], envelope.GetProperty("missingKeys").EnumerateArray().Select(k => k.GetString()));
        Assert.Empty(upstream.Requests);

        var message = await stream.NextAsync("authenticationRequested");
        Assert.Equal("conv-missing", message.Data.GetProperty("conversationId").GetString());
        Assert.Equal("missingClientData", message.Data.GetProperty("reason").GetString());
        Assert.Equal(connection, message.Data.GetProperty("connectionId").GetString());
        Assert.Equal("sandbox", message.Data.GetProperty("environment").GetString());
        Assert.Equal(message.Id, message.Data.GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task ExpiredClientData_NothingSent_EventPublished()
    {
        await using var upstream = await RecordingUpstream.StartAsync();
        var connection = await Admin.CreateConnectionAsync("expired-data", upstream.BaseAddress, await CreateTokenHeaderMethodAsync("expired-data"));
        await Admin.AuthenticateAsync("conv-expired", new { client_token = "user-token-1" }, "customer-expired");
        await using var stream = await Admin.OpenStreamAsync();

        Assert.Equal(200, (await Admin.CallAsync("conv-expired", connection, "/orders")).UpstreamStatus());
        fixture.Hub.Time.Advance(TimeSpan.FromMinutes(16));
        var envelope = await Admin.CallAsync("conv-expired", connection, "/orders");

        Assert.Equal("clientDataExpired", envelope.GetProperty("reason").GetString());
        Assert.Single(upstream.Requests);
        var message = await stream.NextAsync("authenticationRequested");
        Assert.Equal("clientDataExpired", message.Data.GetProperty("reason").GetString());
        Assert.Equal("customer-expired", message.Data.GetProperty("customerExternalId").GetString());
    }

    [Fact]
    public async Task Upstream401_DropsClientData_EventPublished()
    {
        var connection = await Admin.CreateConnectionAsync("rejected-data", fixture.Orders.BaseAddress, await CreateTokenHeaderMethodAsync("rejected-data"));
        await Admin.AuthenticateAsync("conv-rejected", new { client_token = "not-the-demo-key" });
        await using var stream = await Admin.OpenStreamAsync();

        var envelope = await Admin.CallAsync("conv-rejected", connection, "/api-key/orders");

        Assert.Equal("authenticationRequired", envelope.Outcome());
        Assert.Equal("upstreamUnauthorized", envelope.GetProperty("reason").GetString());
        var message = await stream.NextAsync("authenticationRequested");
        Assert.Equal("upstreamUnauthorized", message.Data.GetProperty("reason").GetString());
        Assert.DoesNotContain("not-the-demo-key", message.RawData, StringComparison.Ordinal);

        var next = await Admin.CallAsync("conv-rejected", connection, "/api-key/orders");
        Assert.Equal("missingClientData", next.GetProperty("reason").GetString());

        await Admin.AuthenticateAsync("conv-rejected", new { client_token = "demo-api-key" });
        Assert.Equal(200, (await Admin.CallAsync("conv-rejected", connection, "/api-key/orders")).UpstreamStatus());
    }

    [Fact]
    public async Task RevokedRefreshToken_RefreshFailed_DataCleared()
    {
        var method = await Admin.CreateMethodAsync(fixture.AuthorizationCodeMethod("code-revoked"));
        var connection = await Admin.CreateConnectionAsync("code-revoked-orders", fixture.Orders.BaseAddress, method);
        var code = await fixture.Orders.GetAuthorizationCodeAsync(SampleFixture.RedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        await Admin.AuthenticateAsync("conv-code-revoked", new { authorization_code = code, redirect_uri = SampleFixture.RedirectUri });
        Assert.Equal(200, (await Admin.CallAsync("conv-code-revoked", connection, "/user/orders")).UpstreamStatus());
        await using var stream = await Admin.OpenStreamAsync();

        await fixture.Orders.RevokeAsync("demo-user", TestContext.Current.CancellationToken);
        fixture.Hub.Time.Advance(TimeSpan.FromHours(2));
        var envelope = await Admin.CallAsync("conv-code-revoked", connection, "/user/orders");

        Assert.Equal("refreshFailed", envelope.GetProperty("reason").GetString());
        var message = await stream.NextAsync("authenticationRequested");
        Assert.Equal("refreshFailed", message.Data.GetProperty("reason").GetString());
        Assert.Equal("missingClientData", (await Admin.CallAsync("conv-code-revoked", connection, "/user/orders")).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task TemplatedValueWithCrLf_NothingSent_Failed()
    {
        await using var upstream = await RecordingUpstream.StartAsync();
        var connection = await Admin.CreateConnectionAsync("crlf", upstream.BaseAddress, await CreateTokenHeaderMethodAsync("crlf"));
        await Admin.AuthenticateAsync("conv-crlf", new { client_token = "abc\r\nX-Injected: yes" });

        var envelope = await Admin.CallAsync("conv-crlf", connection, "/orders");

        Assert.Equal("failed", envelope.Outcome());
        Assert.Equal("invalidHeaderValue", envelope.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(upstream.Requests);
    }

    [Fact]
    public async Task ForwardedHeadersAndCookies_ReachUpstream()
    {
        await using var upstream = await RecordingUpstream.StartAsync();
        var connection = await Admin.CreateConnectionAsync("forwarding", upstream.BaseAddress, await CreateTokenHeaderMethodAsync("forwarding"));
        await Admin.AuthenticateAsync("conv-forward", new
        {
            client_token = "t-1",
            headers = new Dictionary<string, string> { ["X-Tenant"] = "acme" },
            cookies = new Dictionary<string, string> { ["session"] = "s-1", ["lang"] = "en" },
        });

        await Admin.CallAsync("conv-forward", connection, "/orders");

        var received = Assert.Single(upstream.Requests);
        Assert.Equal("t-1", received.Headers["X-Api-Key"]);
        Assert.Equal("acme", received.Headers["X-Tenant"]);
        Assert.Equal("session=s-1; lang=en", received.Headers["Cookie"]);
    }

    [Fact]
    public async Task Stream_Reconnect_ReplaysMissedEvents()
    {
        var connection = await Admin.CreateConnectionAsync("replay", fixture.Orders.BaseAddress, await CreateTokenHeaderMethodAsync("replay"));
        using var create = await Admin.PostAsync("/v1/streams", HubApi.Json("{}"));
        var stream = await create.ReadJsonAsync();
        var streamId = stream.GetProperty("streamId").GetString()!;
        Assert.Contains("authenticationRequested", stream.GetProperty("messageTypes").EnumerateArray().Select(t => t.GetString()));

        await using (var first = await SseClient.ConnectAsync(stream.GetProperty("streamingUrl").GetString()!))
        {
            await Admin.CallAsync("conv-replay-1", connection, "/api-key/orders");
            Assert.Equal("conv-replay-1", (await first.NextAsync("authenticationRequested")).Data.GetProperty("conversationId").GetString());
        }

        var reused = await SseClient.ConnectAsync(stream.GetProperty("streamingUrl").GetString()!);
        Assert.Equal(401, reused.Status);
        await reused.DisposeAsync();

        await Admin.CallAsync("conv-replay-2", connection, "/api-key/orders");
        await using var second = await Admin.OpenStreamAsync(streamId);
        var replayed = await second.NextAsync("authenticationRequested");
        Assert.Equal("conv-replay-2", replayed.Data.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task StreamingUrl_Expired_IsRejected()
    {
        using var create = await Admin.PostAsync("/v1/streams", HubApi.Json("{}"));
        var url = (await create.ReadJsonAsync()).GetProperty("streamingUrl").GetString()!;

        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(31));
        await using var sse = await SseClient.ConnectAsync(url);

        Assert.Equal(401, sse.Status);
    }

    [Fact]
    public async Task Authenticate_InvalidBodies_AreRejected()
    {
        foreach (var body in new[] { "{}", """{"customerExternalId":"c","auth":{}}""", """{"customerExternalId":"c","auth":[1]}""", """{"customerExternalId":5,"auth":{"a":"b"}}""", """{"customerExternalId":"c","auth":{"a":"b"},"streamId":"nope"}""", "not json" })
        {
            using var response = await Admin.PostAsync("/v1/conversations/conv-invalid/authenticate", HubApi.Json(body));
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.ReadJsonAsync();
            Assert.True(problem.TryGetProperty("errors", out _) || problem.TryGetProperty("detail", out _), problem.ToString());
        }
    }

    [Fact]
    public async Task Authenticate_AsapPath_StoresData()
    {
        await using var upstream = await RecordingUpstream.StartAsync();
        var connection = await Admin.CreateConnectionAsync("asapp-path", upstream.BaseAddress, await CreateTokenHeaderMethodAsync("asapp-path"));
        using var response = await Admin.PostAsync("/conversation/v1/conversations/conv-asapp/authenticate", HubApi.Json(JsonSerializer.Serialize(new { customerExternalId = "c", auth = new { client_token = "t-asapp" } })));
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);

        await Admin.CallAsync("conv-asapp", connection, "/orders");

        Assert.Equal("t-asapp", Assert.Single(upstream.Requests).Headers["X-Api-Key"]);
    }
}
