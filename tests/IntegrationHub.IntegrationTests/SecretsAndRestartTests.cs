using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Samples.Orders;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// Secrets, tokens and client data never appear in API responses, in the database file or in logs,
/// and a new host on the same data folder applies every stored method.
/// </summary>
public sealed class SecretsAndRestartTests : IAsyncLifetime
{
    private const string BasicPassword = "pw-7f3a-never-shown";
    private const string HeaderSecret = "hdr-91c2-never-shown";
    private const string ClientToken = "client-data-5be0-never-shown";
    private const string MachineSecret = "cc-secret-0d44:+/%ü";
    private const string WebSecret = "web-secret-a1b9:+/%ü";
    private const string RedirectUri = "http://127.0.0.1:5299/callback";

    private OrdersSampleServer _orders = null!;
    private RecordingUpstream _upstream = null!;

    public async ValueTask InitializeAsync()
    {
        _orders = await OrdersSampleServer.StartAsync(new OrdersSampleOptions
        {
            MachineClientSecret = MachineSecret,
            WebClientSecret = WebSecret,
            WebClientRedirectUris = [RedirectUri],
            BasicPassword = BasicPassword,
        });
        _upstream = await RecordingUpstream.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _upstream.DisposeAsync();
        await _orders.DisposeAsync();
    }

    [Fact]
    public async Task Secrets_NeverLeak_SurviveRestart()
    {
        var hub = HubHost.Start();
        var dataDirectory = hub.DataDirectory;
        var connections = new Dictionary<string, string>();
        string code;
        try
        {
            var admin = hub.Admin;
            connections["basic"] = await admin.CreateConnectionAsync("basic", _orders.BaseAddress, await admin.CreateMethodAsync(
                $$$$"""{"name":"basic","type":"basic","settings":{"username":"demo","password":"{{{{BasicPassword}}}}"}}"""));
            connections["header"] = await admin.CreateConnectionAsync("header", _upstream.BaseAddress, await admin.CreateMethodAsync(
                $$$$"""{"name":"header","type":"customHeader","settings":{"headers":[{"name":"X-Static","value":"{{{{HeaderSecret}}}}","secret":true},{"name":"X-User-Token","value":"{Auth.client_token}"}],"clientAuthentication":{"enabled":true}}}"""));
            connections["cc"] = await admin.CreateConnectionAsync("cc", _upstream.BaseAddress, await admin.CreateMethodAsync(JsonSerializer.Serialize(new
            {
                name = "cc",
                type = "oauth2ClientCredentials",
                settings = new { clientId = "orders-machine", clientSecret = MachineSecret, tokenUrl = _orders.TokenEndpoint.AbsoluteUri },
            })));
            connections["code"] = await admin.CreateConnectionAsync("code", _upstream.BaseAddress, await admin.CreateMethodAsync(JsonSerializer.Serialize(new
            {
                name = "code",
                type = "oauth2AuthorizationCode",
                settings = new { clientId = "orders-web", clientSecret = WebSecret, tokenUrl = _orders.TokenEndpoint.AbsoluteUri, clientCredentialPlacement = "requestBody", redirectUri = RedirectUri },
            })));

            code = await _orders.GetAuthorizationCodeAsync(RedirectUri, cancellationToken: TestContext.Current.CancellationToken);
            await admin.AuthenticateAsync("conv-secrets", new { client_token = ClientToken, authorization_code = code });
            Assert.Equal(200, (await admin.CallAsync("conv-secrets", connections["basic"], "/basic/orders")).UpstreamStatus());
            foreach (var name in new[] { "header", "cc", "code" })
            {
                Assert.Equal(200, (await admin.CallAsync("conv-secrets", connections[name], "/status/200")).UpstreamStatus());
            }

            await admin.GetAsync("/v1/authentication-methods");
            foreach (var id in connections.Values)
            {
                await admin.GetAsync($"/v1/api-connections/{id}");
            }
        }
        finally
        {
            await hub.DisposeAsync();
        }

        var received = _upstream.Requests.ToList();
        Assert.Equal(HeaderSecret, received[0].Headers["X-Static"]);
        Assert.Equal(ClientToken, received[0].Headers["X-User-Token"]);
        var accessTokens = received.Skip(1).Select(r => r.Headers["Authorization"]["Bearer ".Length..]).ToList();
        string[] secrets = [BasicPassword, HeaderSecret, ClientToken, MachineSecret, WebSecret, code, .. accessTokens];

        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(hub.Responses, r => r.Contains(secret, StringComparison.Ordinal));
            Assert.Empty(hub.Logs.FindContaining(secret));
        }

        var database = ReadDatabaseFiles(dataDirectory);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, database, StringComparison.Ordinal);
        }

        Assert.Contains("basic", database, StringComparison.Ordinal);

        // A new host on the same data folder decrypts every stored secret and token.
        _orders.ClearTokenRequests();
        await using var restarted = HubHost.Start(dataDirectory);
        Assert.Equal(200, (await restarted.Admin.CallAsync("conv-secrets", connections["basic"], "/basic/orders")).UpstreamStatus());
        foreach (var name in new[] { "header", "cc", "code" })
        {
            Assert.Equal(200, (await restarted.Admin.CallAsync("conv-secrets", connections[name], "/status/200")).UpstreamStatus());
        }

        var afterRestart = _upstream.Requests.Skip(received.Count).ToList();
        Assert.Equal(HeaderSecret, afterRestart[0].Headers["X-Static"]);
        Assert.Equal(ClientToken, afterRestart[0].Headers["X-User-Token"]);
        Assert.Equal(received[^1].Headers["Authorization"], afterRestart[^1].Headers["Authorization"]);
        Assert.Equal(["client_credentials"], _orders.TokenRequests.Select(r => r.GrantType));
    }

    private static string ReadDatabaseFiles(string dataDirectory)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(dataDirectory, "integrationhub.db*"))
        {
            var bytes = File.ReadAllBytes(file);
            text.Append(Encoding.UTF8.GetString(bytes)).Append(Encoding.Unicode.GetString(bytes)).Append(Encoding.Latin1.GetString(bytes));
        }

        return text.ToString();
    }
}
