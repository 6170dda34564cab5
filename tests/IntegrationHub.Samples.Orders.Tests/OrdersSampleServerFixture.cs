namespace IntegrationHub.Samples.Orders.Tests;

/// <summary>
/// One orders sample server with <see cref="TestOptions"/>, shared by the tests of a class that do not revoke tokens.
/// </summary>
public sealed class OrdersSampleServerFixture : IAsyncLifetime
{
    private OrdersSampleServer? _server;

    public OrdersSampleServer Server => _server ?? throw new InvalidOperationException("The fixture has not been initialized.");

    public async ValueTask InitializeAsync() => _server = await OrdersSampleServer.StartAsync(TestOptions.Create(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
