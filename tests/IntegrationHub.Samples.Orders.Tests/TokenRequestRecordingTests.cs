using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Duende.IdentityModel.Client;

namespace IntegrationHub.Samples.Orders.Tests;

/// <summary>
/// Each test starts its own server, so the recorded requests are only that test's.
/// </summary>
public sealed class TokenRequestRecordingTests : IAsyncLifetime
{
    // The client id is form-urlencoded in the Basic header too, so the record must show it decoded.
    private const string MachineClientId = "machine:ü +1";

    private readonly HttpClient _httpClient = new();
    private OrdersSampleServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        var options = TestOptions.Create();
        options.MachineClientId = MachineClientId;
        _server = await OrdersSampleServer.StartAsync(options, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _httpClient.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ClientSecretBasic_IsRecorded()
    {
        var token = await OAuthClient.RequestClientTokenAsync(_httpClient, _server, ClientCredentialStyle.AuthorizationHeader, scope: OrdersSampleScopes.OrdersRead);

        var record = Assert.Single(_server.TokenRequests);
        Assert.False(token.IsError, token.Raw);
        Assert.Equal("client_credentials", record.GrantType);
        Assert.Equal(MachineClientId, record.ClientId);
        Assert.Equal(TokenRequestClientAuthentication.ClientSecretBasic, record.ClientAuthentication);
        Assert.True(record.HasAuthorizationHeader);
        Assert.Equal("Basic", record.AuthorizationScheme);
        Assert.Equal(["grant_type", "scope"], record.FormFieldNames);
        Assert.Equal(OrdersSampleScopes.OrdersRead, record.Scope);
        Assert.Equal(200, record.StatusCode);
    }

    [Fact]
    public async Task ClientSecretPost_IsRecorded()
    {
        var token = await OAuthClient.RequestClientTokenAsync(_httpClient, _server, ClientCredentialStyle.PostBody);

        var record = Assert.Single(_server.TokenRequests);
        Assert.False(token.IsError, token.Raw);
        Assert.Equal(MachineClientId, record.ClientId);
        Assert.Equal(TokenRequestClientAuthentication.ClientSecretPost, record.ClientAuthentication);
        Assert.False(record.HasAuthorizationHeader);
        Assert.Null(record.AuthorizationScheme);
        Assert.Equal(["client_id", "client_secret", "grant_type"], record.FormFieldNames);
    }

    [Fact]
    public async Task RejectedRequest_IsRecordedWithStatus()
    {
        await OAuthClient.RequestClientTokenAsync(_httpClient, _server, secret: "wrong-secret");

        var record = Assert.Single(_server.TokenRequests);
        Assert.Equal(401, record.StatusCode);
    }

    [Fact]
    public async Task CodeFlow_RecordsEachGrantType()
    {
        var token = await OAuthClient.RequestUserTokenAsync(_httpClient, _server);
        await OAuthClient.RefreshAsync(_httpClient, _server, token.RefreshToken!);

        Assert.Equal(["authorization_code", "refresh_token"], _server.TokenRequests.Select(record => record.GrantType));
        Assert.Equal(["code", "grant_type", "redirect_uri"], _server.TokenRequests[0].FormFieldNames);
        Assert.All(_server.TokenRequests, record => Assert.Equal(_server.Options.WebClientId, record.ClientId));
    }

    [Fact]
    public async Task DemoEndpoint_ListsRecordsWithoutSecrets()
    {
        var token = await OAuthClient.RequestUserTokenAsync(_httpClient, _server);
        await OAuthClient.RequestClientTokenAsync(_httpClient, _server, ClientCredentialStyle.PostBody);

        var json = await _httpClient.GetStringAsync(new Uri(_server.BaseAddress, OrdersSampleRoutes.DemoTokenRequests), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);

        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal("client_secret_basic", document.RootElement[0].GetProperty("clientAuthentication").GetString());
        Assert.Equal("client_secret_post", document.RootElement[1].GetProperty("clientAuthentication").GetString());
        Assert.DoesNotContain(_server.Options.MachineClientSecret, json, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Options.WebClientSecret, json, StringComparison.Ordinal);
        Assert.DoesNotContain(token.RefreshToken!, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoEndpointDelete_ClearsRecords()
    {
        await OAuthClient.RequestClientTokenAsync(_httpClient, _server);

        using var response = await _httpClient.DeleteAsync(new Uri(_server.BaseAddress, OrdersSampleRoutes.DemoTokenRequests), TestContext.Current.CancellationToken);
        var records = await _httpClient.GetFromJsonAsync<JsonElement>(new Uri(_server.BaseAddress, OrdersSampleRoutes.DemoTokenRequests), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, records.GetArrayLength());
    }

    [Fact]
    public async Task ClearTokenRequests_ClearsRecords()
    {
        await OAuthClient.RequestClientTokenAsync(_httpClient, _server);

        _server.ClearTokenRequests();

        Assert.Empty(_server.TokenRequests);
    }
}
