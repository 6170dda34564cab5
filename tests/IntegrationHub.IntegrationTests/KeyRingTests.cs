using System.Net;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests;

/// <summary>A database whose Data Protection key ring was lost returns a problem that explains how to recover.</summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task LostKeyRing_ProblemNamesRecovery()
    {
        string dataDirectory;
        await using (var hub = HubHost.Start())
        {
            dataDirectory = hub.DataDirectory;
            await hub.Admin.CreateMethodAsync("""{"name":"locked","type":"basic","settings":{"username":"u","password":"p-lost-with-keys"}}""");
        }

        Directory.Delete(Path.Combine(dataDirectory, "keys"), recursive: true);
        await using var restarted = HubHost.Start(dataDirectory);

        using var response = await restarted.Admin.GetAsync("/v1/authentication-methods");
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Stored secrets cannot be decrypted", problem.GetProperty("title").GetString());
        Assert.Contains("keys", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("p-lost-with-keys", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
