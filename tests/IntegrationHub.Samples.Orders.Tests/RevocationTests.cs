using System.Net;
using System.Net.Http.Json;
using Duende.IdentityModel.Client;

namespace IntegrationHub.Samples.Orders.Tests;

/// <summary>
/// Revocation changes server state, so each test starts its own server.
/// </summary>
public sealed class RevocationTests : IAsyncLifetime
{
    private readonly HttpClient _httpClient = new();
    private OrdersSampleServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await OrdersSampleServer.StartAsync(TestOptions.Create(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        _httpClient.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task DemoRevoke_Subject_RejectsAccessAndRefreshTokens()
    {
        var token = await OAuthClient.RequestUserTokenAsync(_httpClient, _server);

        using var revoke = await _httpClient.PostAsync(new Uri(_server.BaseAddress, "demo/revoke?subject=demo-user"), content: null, TestContext.Current.CancellationToken);
        var revoked = await revoke.Content.ReadFromJsonAsync<RevocationBody>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.NotNull(revoked);
        Assert.True(revoked.RevokedTokens >= 2, $"Expected the access and refresh tokens to be revoked, but {revoked.RevokedTokens} tokens were.");

        using var orders = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(_server.BaseAddress, OrdersSampleRoutes.UserOrders), token.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, orders.StatusCode);

        var refreshed = await OAuthClient.RefreshAsync(_httpClient, _server, token.RefreshToken!);
        Assert.True(refreshed.IsError);
        Assert.Equal("invalid_grant", refreshed.Error);
    }

    [Fact]
    public async Task DemoRevoke_ClientId_RejectsClientToken()
    {
        var token = await OAuthClient.RequestClientTokenAsync(_httpClient, _server);

        using var revoke = await _httpClient.PostAsync(new Uri(_server.BaseAddress, $"demo/revoke?client_id={_server.Options.MachineClientId}"), content: null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        using var orders = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(_server.BaseAddress, OrdersSampleRoutes.ClientOrders), token.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, orders.StatusCode);
        Assert.Contains(orders.Headers.WwwAuthenticate, challenge => challenge.Scheme == "Bearer");
    }

    [Fact]
    public async Task RevokeAsync_ClientId_SparesUserTokens()
    {
        var clientToken = await OAuthClient.RequestClientTokenAsync(_httpClient, _server);
        var userToken = await OAuthClient.RequestUserTokenAsync(_httpClient, _server);

        var revokedTokens = await _server.RevokeAsync(_server.Options.MachineClientId, TestContext.Current.CancellationToken);

        Assert.Equal(1, revokedTokens);

        using var clientOrders = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(_server.BaseAddress, OrdersSampleRoutes.ClientOrders), clientToken.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, clientOrders.StatusCode);

        using var userOrders = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(_server.BaseAddress, OrdersSampleRoutes.UserOrders), userToken.AccessToken);
        Assert.Equal(HttpStatusCode.OK, userOrders.StatusCode);
    }

    [Fact]
    public async Task RevokeAsync_Subject_RejectsRefreshToken()
    {
        var token = await OAuthClient.RequestUserTokenAsync(_httpClient, _server);

        await _server.RevokeAsync(_server.Options.DemoUserSubject, TestContext.Current.CancellationToken);
        var refreshed = await OAuthClient.RefreshAsync(_httpClient, _server, token.RefreshToken!);

        Assert.True(refreshed.IsError);
        Assert.Equal("invalid_grant", refreshed.Error);
    }

    [Fact]
    public async Task RevocationEndpoint_RefreshToken_GetsInvalidGrant()
    {
        var token = await OAuthClient.RequestUserTokenAsync(_httpClient, _server);

        var revocation = await _httpClient.RevokeTokenAsync(
            new TokenRevocationRequest
            {
                Address = _server.RevocationEndpoint.AbsoluteUri,
                ClientId = _server.Options.WebClientId,
                ClientSecret = _server.Options.WebClientSecret,
                Token = token.RefreshToken!,
                TokenTypeHint = "refresh_token",
            },
            TestContext.Current.CancellationToken);
        var refreshed = await OAuthClient.RefreshAsync(_httpClient, _server, token.RefreshToken!);

        Assert.False(revocation.IsError, revocation.Raw);
        Assert.True(refreshed.IsError);
        Assert.Equal("invalid_grant", refreshed.Error);
    }

    [Fact]
    public async Task RevocationEndpoint_AccessToken_Gets401()
    {
        var token = await OAuthClient.RequestClientTokenAsync(_httpClient, _server, ClientCredentialStyle.PostBody);

        var revocation = await _httpClient.RevokeTokenAsync(
            new TokenRevocationRequest
            {
                Address = _server.RevocationEndpoint.AbsoluteUri,
                ClientId = _server.Options.MachineClientId,
                ClientSecret = _server.Options.MachineClientSecret,
                Token = token.AccessToken!,
                TokenTypeHint = "access_token",
            },
            TestContext.Current.CancellationToken);
        using var orders = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(_server.BaseAddress, OrdersSampleRoutes.ClientOrders), token.AccessToken);

        Assert.False(revocation.IsError, revocation.Raw);
        Assert.Equal(HttpStatusCode.Unauthorized, orders.StatusCode);
    }

    [Fact]
    public async Task DemoRevoke_NoParameter_Returns400()
    {
        using var response = await _httpClient.PostAsync(new Uri(_server.BaseAddress, OrdersSampleRoutes.DemoRevoke), content: null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DemoRevoke_UnknownClient_Returns404()
    {
        using var response = await _httpClient.PostAsync(new Uri(_server.BaseAddress, "demo/revoke?client_id=unknown"), content: null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private sealed record RevocationBody(long RevokedTokens);
}
