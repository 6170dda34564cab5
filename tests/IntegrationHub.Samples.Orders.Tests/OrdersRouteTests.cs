using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace IntegrationHub.Samples.Orders.Tests;

public sealed class OrdersRouteTests(OrdersSampleServerFixture fixture) : IClassFixture<OrdersSampleServerFixture>
{
    private readonly HttpClient _httpClient = new();

    private OrdersSampleServer Server => fixture.Server;

    [Fact]
    public async Task Basic_RightCredentials_ReturnsOrders()
    {
        // The password contains a colon and a non-ASCII letter: RFC 7617 splits at the first colon and uses UTF-8.
        using var response = await SendBasicAsync(Server.Options.BasicUserName, Server.Options.BasicPassword);
        var body = await response.Content.ReadFromJsonAsync<OrdersBody>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(body);
        Assert.Equal(Server.Options.BasicUserName, body.Caller);
        Assert.Equal(3, body.Orders.Count);
    }

    [Fact]
    public async Task Basic_WrongPassword_Returns401()
    {
        using var response = await SendBasicAsync(Server.Options.BasicUserName, "wrong-password");

        AssertChallenge(response, "Basic");
    }

    [Fact]
    public async Task Basic_Missing_Returns401()
    {
        using var response = await _httpClient.GetAsync(new Uri(Server.BaseAddress, OrdersSampleRoutes.BasicOrders), TestContext.Current.CancellationToken);

        AssertChallenge(response, "Basic");
    }

    [Fact]
    public async Task Basic_InvalidBase64_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.BaseAddress, OrdersSampleRoutes.BasicOrders));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "not base64!");

        using var response = await _httpClient.SendAsync(request, TestContext.Current.CancellationToken);

        AssertChallenge(response, "Basic");
    }

    [Fact]
    public async Task ApiKey_RightKey_EchoesUserId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.BaseAddress, OrdersSampleRoutes.ApiKeyOrders));
        request.Headers.Add(OrdersSampleHeaders.ApiKey, Server.Options.ApiKey);
        request.Headers.Add(OrdersSampleHeaders.UserId, "user-42");

        using var response = await _httpClient.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<OrdersBody>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(body);
        Assert.Equal("api-key", body.Caller);
        Assert.Equal("user-42", body.UserId);
    }

    [Fact]
    public async Task ApiKey_WithoutUserId_OmitsUserId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.BaseAddress, OrdersSampleRoutes.ApiKeyOrders));
        request.Headers.Add(OrdersSampleHeaders.ApiKey, Server.Options.ApiKey);

        using var response = await _httpClient.SendAsync(request, TestContext.Current.CancellationToken);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("userId", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task ApiKey_MissingOrWrong_Returns401(string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.BaseAddress, OrdersSampleRoutes.ApiKeyOrders));
        if (apiKey is not null)
        {
            request.Headers.Add(OrdersSampleHeaders.ApiKey, apiKey);
        }

        using var response = await _httpClient.SendAsync(request, TestContext.Current.CancellationToken);

        AssertChallenge(response, "ApiKey");
    }

    [Theory]
    [InlineData(OrdersSampleRoutes.ClientOrders)]
    [InlineData(OrdersSampleRoutes.UserOrders)]
    public async Task Bearer_Missing_Returns401(string route)
    {
        using var response = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(Server.BaseAddress, route), accessToken: null);

        AssertChallenge(response, "Bearer");
    }

    [Theory]
    [InlineData(OrdersSampleRoutes.ClientOrders)]
    [InlineData(OrdersSampleRoutes.UserOrders)]
    public async Task Bearer_WrongToken_Returns401(string route)
    {
        using var response = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(Server.BaseAddress, route), "not-a-token");

        AssertChallenge(response, "Bearer");
    }

    [Fact]
    public async Task UserOrders_ClientToken_Returns403()
    {
        var token = await OAuthClient.RequestClientTokenAsync(_httpClient, Server);

        using var response = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(Server.BaseAddress, OrdersSampleRoutes.UserOrders), token.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientOrders_UserToken_Returns403()
    {
        var token = await OAuthClient.RequestUserTokenAsync(_httpClient, Server);

        using var response = await OAuthClient.GetWithBearerAsync(_httpClient, new Uri(Server.BaseAddress, OrdersSampleRoutes.ClientOrders), token.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Echo_ReturnsRequestAsReceived()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Server.BaseAddress, "echo/items?id=1&id=2&q=a%20b"))
        {
            Content = new StringContent("{\"name\":\"ü\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Custom", ["one", "two"]);

        using var response = await _httpClient.SendAsync(request, TestContext.Current.CancellationToken);
        var echo = await response.Content.ReadFromJsonAsync<EchoBody>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(echo);
        Assert.Equal("POST", echo.Method);
        Assert.Equal("/echo/items", echo.Path);
        Assert.Equal("?id=1&id=2&q=a%20b", echo.QueryString);
        Assert.Equal(["1", "2"], echo.Query["id"]);
        Assert.Equal(["a b"], echo.Query["q"]);
        Assert.Equal(["one, two"], echo.Headers["X-Custom"]);
        Assert.Equal(["application/json; charset=utf-8"], echo.Headers["Content-Type"]);
        Assert.Equal("{\"name\":\"ü\"}", echo.Body);
    }

    [Fact]
    public async Task Echo_Get_OmitsBody()
    {
        using var response = await _httpClient.GetAsync(new Uri(Server.BaseAddress, OrdersSampleRoutes.Echo), TestContext.Current.CancellationToken);
        var echo = await response.Content.ReadFromJsonAsync<EchoBody>(TestContext.Current.CancellationToken);

        Assert.NotNull(echo);
        Assert.Equal("GET", echo.Method);
        Assert.Equal(string.Empty, echo.QueryString);
        Assert.Null(echo.Body);
        Assert.Equal([Server.BaseAddress.Authority], echo.Headers["Host"]);
    }

    private async Task<HttpResponseMessage> SendBasicAsync(string userName, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.BaseAddress, OrdersSampleRoutes.BasicOrders));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
        return await _httpClient.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static void AssertChallenge(HttpResponseMessage response, string scheme)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, challenge => challenge.Scheme == scheme);
    }
}
