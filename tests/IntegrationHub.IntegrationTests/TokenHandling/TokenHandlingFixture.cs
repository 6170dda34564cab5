using System.Text.RegularExpressions;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Samples.Orders;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>
/// The orders sample (a real OpenIddict authorization server) and an IntegrationHub host, shared by the tests of one class.
/// At the end it checks that no log entry of the hub contains a secret, a token or client data of these tests.
/// </summary>
public sealed partial class TokenHandlingFixture : IAsyncLifetime, ILeakCheckedFixture
{
    public const string MachineSecret = "m4ch:ne+/%secret";
    public const string WebSecret = "w3b:cl+ent/%secret";
    public const string SampleRedirectUri = "http://127.0.0.1:5299/callback";

    private const string SentinelConnection = "sentinel-missing-data";

    public OrdersSampleServer Orders { get; private set; } = null!;

    public HubHost Hub { get; private set; } = null!;

    /// <summary>Secrets and client data of these tests, which must stay out of the hub's log.</summary>
    public static IReadOnlyList<string> KnownSecrets { get; } =
        [MachineSecret, WebSecret, TokenMethods.ClientSecret, Uri.EscapeDataString(TokenMethods.ClientSecret), "s3cr#t=a&b+c", "header-secret-7731"];

    public async ValueTask InitializeAsync()
    {
        Orders = await OrdersSampleServer.StartAsync(new OrdersSampleOptions
        {
            MachineClientSecret = MachineSecret,
            WebClientSecret = WebSecret,
            WebClientRedirectUris = [SampleRedirectUri],
        });
        Hub = HubHost.Start();

        var sentinel = await Hub.Admin.CreateMethodAsync("""
            {"name":"sentinel-missing-data","type":"customHeader","settings":{
              "headers":[{"name":"X-Sentinel","value":"{Auth.sentinel_key}"}],
              "clientAuthentication":{"enabled":true}}}
            """);
        await Hub.Admin.CreateConnectionAsync(SentinelConnection, Orders.BaseAddress, sentinel);
    }

    /// <summary>
    /// Asserts that <paramref name="stream"/> received no <c>authenticationRequested</c> since it opened: a call that must publish
    /// one is made for another conversation, and its event has to be the first that arrives.
    /// </summary>
    public async Task AssertNoAuthenticationRequestedAsync(SseClient stream)
    {
        var conversation = "sentinel-" + Guid.NewGuid().ToString("N");
        var envelope = await Hub.Admin.CallAsync(conversation, SentinelConnection, "/sentinel");
        Assert.Equal("authenticationRequired", envelope.Outcome());

        var first = await stream.NextAsync("authenticationRequested");
        Assert.Equal(conversation, first.Data.GetProperty("conversationId").GetString());
    }

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        await Orders.DisposeAsync();
    }

    public IReadOnlyList<string> FindLeakedSecrets() =>
        [.. KnownSecrets.SelectMany(Hub.Logs.FindContaining).Concat(Hub.Logs.Entries.Where(e => ScriptedValuePattern().IsMatch(e))).Distinct()];

    // Tokens issued by ScriptedTokenEndpoint and the codes and verifiers that the tests send as client data.
    [GeneratedRegex(@"\b(atk|rtk)_\d+\b|authcode-[a-z0-9-]+|verifier-[A-Za-z0-9~._-]+")]
    private static partial Regex ScriptedValuePattern();
}
