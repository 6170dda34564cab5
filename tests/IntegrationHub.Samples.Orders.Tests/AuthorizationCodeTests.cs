using System.Net;
using System.Net.Http.Json;
using Duende.IdentityModel.Client;

namespace IntegrationHub.Samples.Orders.Tests;

public sealed class AuthorizationCodeTests(OrdersSampleServerFixture fixture) : IClassFixture<OrdersSampleServerFixture>
{
    private readonly HttpClient _httpClient = new();

    private OrdersSampleServer Server => fixture.Server;

    [Fact]
    public async Task Authorize_RedirectsWithCode()
    {
        var code = await Server.GetAuthorizationCodeAsync(TestOptions.RedirectUri, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrEmpty(code));
    }

    [Theory]
    [InlineData(ClientCredentialStyle.AuthorizationHeader)]
    [InlineData(ClientCredentialStyle.PostBody)]
    public async Task CodeExchange_IssuesAccessAndRefreshTokens(ClientCredentialStyle style)
    {
        var code = await Server.GetAuthorizationCodeAsync(TestOptions.RedirectUri, cancellationToken: TestContext.Current.CancellationToken);

        var response = await OAuthClient.ExchangeCodeAsync(_httpClient, Server, code, style: style);

        Assert.False(response.IsError, response.Raw);
        Assert.False(string.IsNullOrEmpty(response.AccessToken));
        Assert.False(string.IsNullOrEmpty(response.RefreshToken));
        Assert.Equal($"{OrdersSampleScopes.OrdersRead} {OrdersSampleScopes.OfflineAccess}", response.Scope);
    }

    [Fact]
    public async Task UserToken_ReadsUserOrders()
    {
        var token = await OAuthClient.RequestUserTokenAsync(_httpClient, Server);

        using var response = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(Server.BaseAddress, OrdersSampleRoutes.UserOrders), token.AccessToken);
        var body = await response.Content.ReadFromJsonAsync<OrdersBody>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(body);
        Assert.Equal(Server.Options.DemoUserSubject, body.Caller);
    }

    [Fact]
    public async Task RefreshToken_IssuesWorkingAccessToken()
    {
        var first = await OAuthClient.RequestUserTokenAsync(_httpClient, Server);

        var refreshed = await OAuthClient.RefreshAsync(_httpClient, Server, first.RefreshToken!);

        Assert.False(refreshed.IsError, refreshed.Raw);
        Assert.NotEqual(first.AccessToken, refreshed.AccessToken);
        Assert.False(string.IsNullOrEmpty(refreshed.RefreshToken));
        Assert.NotEqual(first.RefreshToken, refreshed.RefreshToken);

        using var response = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(Server.BaseAddress, OrdersSampleRoutes.UserOrders), refreshed.AccessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WithoutOfflineAccess_IssuesNoRefreshToken()
    {
        var code = await Server.GetAuthorizationCodeAsync(TestOptions.RedirectUri, scope: OrdersSampleScopes.OrdersRead, cancellationToken: TestContext.Current.CancellationToken);

        var response = await OAuthClient.ExchangeCodeAsync(_httpClient, Server, code);

        Assert.False(response.IsError, response.Raw);
        Assert.Null(response.RefreshToken);
    }

    [Fact]
    public async Task Pkce_MatchingVerifier_IsAccepted()
    {
        var (verifier, challenge) = OAuthClient.CreatePkcePair();
        var code = await Server.GetAuthorizationCodeAsync(TestOptions.RedirectUri, challenge, cancellationToken: TestContext.Current.CancellationToken);

        var response = await OAuthClient.ExchangeCodeAsync(_httpClient, Server, code, verifier);

        Assert.False(response.IsError, response.Raw);
    }

    [Fact]
    public async Task Pkce_WrongVerifier_IsRejected()
    {
        var (_, challenge) = OAuthClient.CreatePkcePair();
        var (otherVerifier, _) = OAuthClient.CreatePkcePair();
        var code = await Server.GetAuthorizationCodeAsync(TestOptions.RedirectUri, challenge, cancellationToken: TestContext.Current.CancellationToken);

        var response = await OAuthClient.ExchangeCodeAsync(_httpClient, Server, code, otherVerifier);

        Assert.True(response.IsError);
        Assert.Equal("invalid_grant", response.Error);
    }

    [Fact]
    public async Task ReusedCode_IsRejected()
    {
        var code = await Server.GetAuthorizationCodeAsync(TestOptions.RedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        var first = await OAuthClient.ExchangeCodeAsync(_httpClient, Server, code);

        var second = await OAuthClient.ExchangeCodeAsync(_httpClient, Server, code);

        Assert.False(first.IsError, first.Raw);
        Assert.True(second.IsError);
        Assert.Equal("invalid_grant", second.Error);
    }

    [Fact]
    public async Task Authorize_UnregisteredRedirectUri_Throws()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Server.GetAuthorizationCodeAsync("http://127.0.0.1:5299/not-registered", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("400", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MachineClient_CannotUseCodeFlow()
    {
        var code = await Server.GetAuthorizationCodeAsync(TestOptions.RedirectUri, cancellationToken: TestContext.Current.CancellationToken);

        var response = await _httpClient.RequestAuthorizationCodeTokenAsync(
            new AuthorizationCodeTokenRequest
            {
                Address = Server.TokenEndpoint.AbsoluteUri,
                ClientId = Server.Options.MachineClientId,
                ClientSecret = Server.Options.MachineClientSecret,
                Code = code,
                RedirectUri = TestOptions.RedirectUri,
            },
            TestContext.Current.CancellationToken);

        Assert.True(response.IsError);
        Assert.Equal("unauthorized_client", response.Error);
    }
}
