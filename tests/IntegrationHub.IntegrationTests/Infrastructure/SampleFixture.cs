using IntegrationHub.Samples.Orders;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>The orders sample (OpenIddict authorization server and orders API) and an IntegrationHub host, shared by the tests of one class.</summary>
public sealed class SampleFixture : IAsyncLifetime, ILeakCheckedFixture
{
    /// <summary>A client secret with every character that form-urlencoding changes.</summary>
    public const string MachineSecret = "s3:cr+t/%ü";
    public const string WebSecret = "w3b:+/%ü";
    public const string RedirectUri = "http://127.0.0.1:5299/callback";

    public OrdersSampleServer Orders { get; private set; } = null!;

    public HubHost Hub { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Orders = await OrdersSampleServer.StartAsync(new OrdersSampleOptions
        {
            MachineClientSecret = MachineSecret,
            WebClientSecret = WebSecret,
            WebClientRedirectUris = [RedirectUri],
        });
        Hub = HubHost.Start();
    }

    /// <summary>Values that tests of this fixture use as secrets or client data; no log entry of the hub may contain them.</summary>
    public static IReadOnlyList<string> KnownSecrets { get; } =
        [MachineSecret, WebSecret, "demo-password", "demo-api-key", "not-the-demo-key", "user-token-1", "t-asapp"];

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        await Orders.DisposeAsync();
    }

    public IReadOnlyList<string> FindLeakedSecrets() => [.. KnownSecrets.SelectMany(Hub.Logs.FindContaining)];

    public string BasicMethod(string name, string password = "demo-password") =>
        $$$$"""{"name":"{{{{name}}}}","type":"basic","settings":{"username":"demo","password":"{{{{password}}}}"}}""";

    public string ClientCredentialsMethod(string name, string placement = "basicAuthHeader", string? secret = null) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            name,
            type = "oauth2ClientCredentials",
            settings = new
            {
                clientId = "orders-machine",
                clientSecret = secret ?? MachineSecret,
                tokenUrl = Orders.TokenEndpoint.AbsoluteUri,
                clientCredentialPlacement = placement,
                scope = "orders.read",
            },
        });

    public string AuthorizationCodeMethod(string name, string placement = "requestBody") =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            name,
            type = "oauth2AuthorizationCode",
            settings = new
            {
                clientId = "orders-web",
                clientSecret = WebSecret,
                tokenUrl = Orders.TokenEndpoint.AbsoluteUri,
                clientCredentialPlacement = placement,
                redirectUri = "{Auth.redirect_uri}",
            },
        });
}
