using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Duende.IdentityModel.Client;

namespace IntegrationHub.Samples.Orders.Tests;

public sealed class ClientCredentialsTests(OrdersSampleServerFixture fixture) : IClassFixture<OrdersSampleServerFixture>
{
    private readonly HttpClient _httpClient = new();

    private OrdersSampleServer Server => fixture.Server;

    [Fact]
    public async Task ClientSecretBasic_SpecialSecret_IssuesToken()
    {
        var response = await OAuthClient.RequestClientTokenAsync(_httpClient, Server, ClientCredentialStyle.AuthorizationHeader);

        Assert.False(response.IsError, response.Raw);
        Assert.False(string.IsNullOrEmpty(response.AccessToken));
        Assert.Equal("Bearer", response.TokenType);
    }

    [Fact]
    public async Task ClientSecretPost_SpecialSecret_IssuesToken()
    {
        var response = await OAuthClient.RequestClientTokenAsync(_httpClient, Server, ClientCredentialStyle.PostBody);

        Assert.False(response.IsError, response.Raw);
        Assert.False(string.IsNullOrEmpty(response.AccessToken));
    }

    [Fact]
    public async Task RawBasicHeader_SpecialSecret_IsRejected()
    {
        // RFC 6749 section 2.3.1 requires form-urlencoding id and secret before Base64, and this header skips that step.
        var raw = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Server.Options.MachineClientId}:{Server.Options.MachineClientSecret}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, Server.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", raw);

        using var response = await _httpClient.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"invalid_client\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClientCredentialStyle.AuthorizationHeader)]
    [InlineData(ClientCredentialStyle.PostBody)]
    public async Task WrongSecret_IsRejected(ClientCredentialStyle style)
    {
        var response = await OAuthClient.RequestClientTokenAsync(_httpClient, Server, style, secret: "wrong-secret");

        Assert.True(response.IsError);
        Assert.Equal(HttpStatusCode.Unauthorized, response.HttpStatusCode);
        Assert.Equal("invalid_client", OAuthClient.GetOAuthError(response));
    }

    [Fact]
    public async Task OmittedScope_GrantsOrdersReadWithConfiguredLifetime()
    {
        var response = await OAuthClient.RequestClientTokenAsync(_httpClient, Server);

        Assert.False(response.IsError, response.Raw);
        Assert.Equal(OrdersSampleScopes.OrdersRead, response.Scope);

        // OpenIddict may round the lifetime down by one second.
        Assert.InRange(response.ExpiresIn, TestOptions.AccessTokenLifetime.TotalSeconds - 1, TestOptions.AccessTokenLifetime.TotalSeconds);
    }

    [Fact]
    public async Task UnknownScope_IsRejected()
    {
        var response = await OAuthClient.RequestClientTokenAsync(_httpClient, Server, scope: "orders.write");

        Assert.True(response.IsError);
        Assert.Equal("invalid_scope", OAuthClient.GetOAuthError(response));
    }

    [Fact]
    public async Task OfflineAccessScope_IsRejectedForMachineClient()
    {
        var response = await OAuthClient.RequestClientTokenAsync(_httpClient, Server, scope: OrdersSampleScopes.OfflineAccess);

        // OpenIddict 7.9 reports a scope the client lacks permission for as invalid_request, not invalid_scope.
        Assert.True(response.IsError);
        Assert.Equal("invalid_request", OAuthClient.GetOAuthError(response));
    }

    [Fact]
    public async Task ConcurrentRequests_AllSucceed()
    {
        // Every token request writes a token entry, so this exercises concurrent writes to the shared in-memory database.
        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(index =>
            OAuthClient.RequestClientTokenAsync(_httpClient, Server, index % 2 == 0 ? ClientCredentialStyle.AuthorizationHeader : ClientCredentialStyle.PostBody)));

        Assert.All(responses, response => Assert.False(response.IsError, response.Raw));
        Assert.Equal(32, responses.Select(response => response.AccessToken).Distinct().Count());
    }

    [Fact]
    public async Task ClientToken_ReadsClientOrders()
    {
        var token = await OAuthClient.RequestClientTokenAsync(_httpClient, Server, ClientCredentialStyle.PostBody);

        using var response = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(Server.BaseAddress, OrdersSampleRoutes.ClientOrders), token.AccessToken);
        var body = await response.Content.ReadFromJsonAsync<OrdersBody>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(body);
        Assert.Equal(Server.Options.MachineClientId, body.Caller);
        Assert.NotEmpty(body.Orders);
    }
}
