using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Samples.Orders.Tests;

public sealed class OrdersSampleServerTests
{
    [Fact]
    public async Task StartAsync_InvalidOptions_ReportsEveryFailure()
    {
        var options = new OrdersSampleOptions
        {
            MachineClientSecret = string.Empty,
            WebClientId = "orders-machine",
            BasicUserName = "user:name",
            WebClientRedirectUris = ["not-absolute"],
            AccessTokenLifetime = TimeSpan.Zero,
        };

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => OrdersSampleServer.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Equal(5, exception.Failures.Count());
        Assert.Contains(exception.Failures, failure => failure.Contains(nameof(OrdersSampleOptions.MachineClientSecret), StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.Contains(nameof(OrdersSampleOptions.WebClientId), StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.Contains(nameof(OrdersSampleOptions.BasicUserName), StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.Contains("not-absolute", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.Contains(nameof(OrdersSampleOptions.AccessTokenLifetime), StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_BindsLoopbackPort()
    {
        await using var server = await OrdersSampleServer.StartAsync(new OrdersSampleOptions(), TestContext.Current.CancellationToken);

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        Assert.Equal(new Uri(server.BaseAddress, "connect/token"), server.TokenEndpoint);
        Assert.Equal(new Uri(server.BaseAddress, "connect/authorize"), server.AuthorizeEndpoint);
    }

    [Fact]
    public async Task DefaultOptions_RegisterDefaultRedirectUri()
    {
        await using var server = await OrdersSampleServer.StartAsync(new OrdersSampleOptions(), TestContext.Current.CancellationToken);

        var code = await server.GetAuthorizationCodeAsync(OrdersSampleOptions.DefaultWebClientRedirectUri, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrEmpty(code));
    }

    [Fact]
    public async Task AccessToken_PastLifetime_Returns401()
    {
        var timeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = TestOptions.Create();
        options.TimeProvider = timeProvider;
        await using var server = await OrdersSampleServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var httpClient = new HttpClient();
        var token = await OAuthClient.RequestClientTokenAsync(httpClient, server);
        var ordersUri = new Uri(server.BaseAddress, OrdersSampleRoutes.ClientOrders);

        using var beforeExpiry = await OAuthClient.GetWithBearerAsync(httpClient, ordersUri, token.AccessToken);
        timeProvider.Advance(TestOptions.AccessTokenLifetime + TimeSpan.FromSeconds(1));
        using var afterExpiry = await OAuthClient.GetWithBearerAsync(httpClient, ordersUri, token.AccessToken);

        Assert.Equal(HttpStatusCode.OK, beforeExpiry.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterExpiry.StatusCode);
    }
}
