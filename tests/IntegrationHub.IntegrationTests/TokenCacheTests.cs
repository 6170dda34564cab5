using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests;

/// <summary>Client credentials tokens are requested once per method and environment, shared by concurrent calls, and renewed on expiry or rejection.</summary>
public sealed class TokenCacheTests(SampleFixture fixture) : LeakCheckedTests(fixture), IClassFixture<SampleFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    [Fact]
    public async Task ConcurrentCalls_ColdCache_ShareOneTokenRequest()
    {
        var method = await Admin.CreateMethodAsync(fixture.ClientCredentialsMethod("cc-concurrent"));
        var connection = await Admin.CreateConnectionAsync("cc-concurrent-orders", fixture.Orders.BaseAddress, method);
        fixture.Orders.ClearTokenRequests();

        var envelopes = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Admin.CallAsync($"conv-{i}", connection, "/client/orders")));

        Assert.All(envelopes, e => Assert.Equal(200, e.UpstreamStatus()));
        Assert.Single(fixture.Orders.TokenRequests);

        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        var afterExpiry = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Admin.CallAsync($"conv-{i}", connection, "/client/orders")));

        Assert.All(afterExpiry, e => Assert.Equal(200, e.UpstreamStatus()));
        Assert.Equal(2, fixture.Orders.TokenRequests.Count);
    }

    [Fact]
    public async Task Environments_HaveSeparateTokens()
    {
        var method = await Admin.CreateMethodAsync(fixture.ClientCredentialsMethod("cc-environments"));
        var connection = await Admin.CreateConnectionAsync("cc-environments-orders", fixture.Orders.BaseAddress, method);
        fixture.Orders.ClearTokenRequests();

        await Admin.CallAsync("conv-env", connection, "/client/orders", "sandbox");
        await Admin.CallAsync("conv-env", connection, "/client/orders", "production");
        await Admin.CallAsync("conv-env", connection, "/client/orders", "production");

        Assert.Equal(2, fixture.Orders.TokenRequests.Count);
    }

    [Fact]
    public async Task RevokedToken_Upstream401_RetriesOnceWithNewToken()
    {
        var method = await Admin.CreateMethodAsync(fixture.ClientCredentialsMethod("cc-revoked"));
        var connection = await Admin.CreateConnectionAsync("cc-revoked-orders", fixture.Orders.BaseAddress, method);
        Assert.Equal(200, (await Admin.CallAsync("conv-revoked", connection, "/client/orders")).UpstreamStatus());
        fixture.Orders.ClearTokenRequests();

        await fixture.Orders.RevokeAsync("orders-machine", TestContext.Current.CancellationToken);
        var envelope = await Admin.CallAsync("conv-revoked", connection, "/client/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Single(fixture.Orders.TokenRequests);
    }

    [Fact]
    public async Task Upstream401Twice_ReturnsSecond401WithoutLoop()
    {
        await using var upstream = await RecordingUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(fixture.ClientCredentialsMethod("cc-always-401"));
        var connection = await Admin.CreateConnectionAsync("always-401", upstream.BaseAddress, method);
        fixture.Orders.ClearTokenRequests();

        var envelope = await Admin.CallAsync("conv-401", connection, "/status/401");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(401, envelope.UpstreamStatus());
        Assert.Equal(2, upstream.Requests.Count);
        Assert.Equal(2, fixture.Orders.TokenRequests.Count);
        var tokens = upstream.Requests.Select(r => r.Headers["Authorization"]).ToList();
        Assert.NotEqual(tokens[0], tokens[1]);
    }

    [Fact]
    public async Task EditedMethod_DoesNotReuseOldToken()
    {
        var method = await Admin.CreateMethodAsync(fixture.ClientCredentialsMethod("cc-edited"));
        var connection = await Admin.CreateConnectionAsync("cc-edited-orders", fixture.Orders.BaseAddress, method);
        await Admin.CallAsync("conv-edit", connection, "/client/orders");
        fixture.Orders.ClearTokenRequests();

        using var update = await Admin.PutAsync($"/v1/authentication-methods/{method}", HubApi.Json(fixture.ClientCredentialsMethod("cc-edited", "requestBody")));
        Assert.Equal(System.Net.HttpStatusCode.OK, update.StatusCode);
        await Admin.CallAsync("conv-edit", connection, "/client/orders");

        var request = Assert.Single(fixture.Orders.TokenRequests);
        Assert.Equal(Samples.Orders.TokenRequestClientAuthentication.ClientSecretPost, request.ClientAuthentication);
    }
}
