using System.Security.Cryptography;
using System.Text;
using IntegrationHub.ApiKeys;
using IntegrationHub.Methods;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Storage.Tests;

public sealed class SecretsAtRestTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DatabaseFiles_ContainNoSecrets()
    {
        using var folder = new TempDirectory();
        var storage = await TestStorage.StartAsync(folder.Path);
        await AddEverythingAsync(storage);
        var walPath = storage.DatabasePath + "-wal";

        // While the storage is open the new pages sit in the write-ahead log.
        Assert.True(File.Exists(walPath));
        var walWhileOpen = ReadShared(walPath);
        var databaseWhileOpen = ReadShared(storage.DatabasePath);
        Assert.NotEmpty(walWhileOpen);
        AssertContains(walWhileOpen, "orders-user");
        AssertContainsNoSecret(walWhileOpen);
        AssertContainsNoSecret(databaseWhileOpen);

        await storage.DisposeAsync();

        // Closing the last connection checkpoints the log into the database file.
        var databaseAfterClose = ReadShared(storage.DatabasePath);
        AssertContains(databaseAfterClose, "orders-user");
        AssertContains(databaseAfterClose, "customer-42");
        AssertContainsNoSecret(databaseAfterClose);
        if (File.Exists(walPath))
        {
            AssertContainsNoSecret(ReadShared(walPath));
        }
    }

    [Fact]
    public async Task KeyRing_IsInKeysFolder()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        await storage.Methods.AddAsync(TestData.Method("orders", TestData.Basic()), CancellationToken);

        var keysDirectory = Path.Combine(folder.Path, IntegrationHubStorageOptions.KeysDirectoryName);

        Assert.NotEmpty(Directory.GetFiles(keysDirectory, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(keysDirectory));
        }
    }

    [Fact]
    public async Task Restart_ReadsEverythingBack()
    {
        using var folder = new TempDirectory();
        Guid[] methodIds;
        Guid connectionId;
        Guid dataId;
        await using (var first = await TestStorage.StartAsync(folder.Path))
        {
            (methodIds, connectionId, dataId) = await AddEverythingAsync(first);
            Assert.Contains(first.Logs.GetSnapshot(), record => record.Id.Id == 2000);
        }

        await using var second = await TestStorage.StartAsync(folder.Path);

        Assert.Contains(second.Logs.GetSnapshot(), record => record.Id.Id == 2001);
        var methods = await second.Methods.ListAsync(CancellationToken);
        Assert.Equal(methodIds.Order(), methods.Select(method => method.Id).Order());
        Assert.Equal(TestData.BasicPassword, methods.Select(method => method.Settings).OfType<BasicSettings>().Single().Password.Reveal());
        var customHeader = methods.Select(method => method.Settings).OfType<CustomHeaderSettings>().Single();
        Assert.Equal(TestData.ConfidentialHeaderValue, customHeader.Headers[1].SecretValue!.Reveal());
        Assert.Equal(TestData.ClientCredentialsSecret, methods.Select(method => method.Settings).OfType<OAuthClientCredentialsSettings>().Single().ClientSecret.Reveal());
        Assert.Equal(TestData.AuthorizationCodeSecret, methods.Select(method => method.Settings).OfType<OAuthAuthorizationCodeSettings>().Single().ClientSecret.Reveal());

        var connection = await second.Connections.FindAsync(connectionId, CancellationToken);
        Assert.Equal(methodIds[0], connection?.Sandbox?.AuthenticationMethodId);

        var data = await second.Conversations.GetClientDataAsync("conversation-1", CancellationToken);
        Assert.Equal(dataId, data?.DataId);
        Assert.Equal(TestData.AuthJson, data?.AuthJson.Reveal());
        var token = await second.Conversations.GetTokenAsync("conversation-1", methodIds[3], CancellationToken);
        Assert.Equal(TestData.AccessToken, token?.AccessToken.Reveal());
        Assert.Equal(TestData.RefreshToken, token?.RefreshToken?.Reveal());

        Assert.NotNull(await second.ApiKeys.FindByHashAsync("hash-of-admin-key", CancellationToken));
    }

    [Fact]
    public async Task DatabaseCopy_WithoutKeyRing_RevealsNothing()
    {
        using var original = new TempDirectory();
        using var copy = new TempDirectory();
        var method = TestData.Method("orders", TestData.Basic());
        await using (var storage = await TestStorage.StartAsync(original.Path))
        {
            await storage.Methods.AddAsync(method, CancellationToken);
            await storage.Conversations.ReplaceClientDataAsync(TestData.ClientData("conversation-1"), cancellationToken: CancellationToken);
        }

        File.Copy(
            Path.Combine(original.Path, IntegrationHubStorageOptions.DatabaseFileName),
            Path.Combine(copy.Path, IntegrationHubStorageOptions.DatabaseFileName));
        await using var stolen = await TestStorage.StartAsync(copy.Path);

        var methodError = await Assert.ThrowsAsync<CryptographicException>(() => stolen.Methods.FindAsync(method.Id, CancellationToken));
        var dataError = await Assert.ThrowsAsync<CryptographicException>(() => stolen.Conversations.GetClientDataAsync("conversation-1", CancellationToken));
        await Assert.ThrowsAsync<CryptographicException>(() => stolen.Methods.ListAsync(CancellationToken));

        Assert.Contains(Path.Combine(copy.Path, "keys"), methodError.Message, StringComparison.Ordinal);
        var failures = stolen.Logs.GetSnapshot().Where(record => record.Id.Id == 2002).ToList();
        Assert.Equal(3, failures.Count);
        Assert.All(failures, record => Assert.Equal(LogLevel.Error, record.Level));
        foreach (var record in stolen.Logs.GetSnapshot())
        {
            AssertNoSecretIn(record.Message);
            AssertNoSecretIn(record.Exception?.ToString() ?? string.Empty);
        }

        AssertNoSecretIn(methodError.ToString());
        AssertNoSecretIn(dataError.ToString());
    }

    private static async Task<(Guid[] MethodIds, Guid ConnectionId, Guid DataId)> AddEverythingAsync(TestStorage storage)
    {
        AuthenticationMethod[] methods =
        [
            TestData.Method("orders-basic", TestData.Basic()),
            TestData.Method("orders-headers", TestData.CustomHeader()),
            TestData.Method("orders-m2m", TestData.ClientCredentials()),
            TestData.Method("orders-user-login", TestData.AuthorizationCode()),
        ];
        foreach (var method in methods)
        {
            await storage.Methods.AddAsync(method, CancellationToken);
        }

        var connection = TestData.Connection("orders-api", methods[0].Id, methods[2].Id);
        await storage.Connections.AddAsync(connection, CancellationToken);

        var data = TestData.ClientData("conversation-1");
        await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);
        await storage.Conversations.SaveTokenAsync("conversation-1", methods[3].Id, TestData.Token(data.DataId), CancellationToken);

        await storage.ApiKeys.AddAsync(TestData.ApiKey("admin", ApiKeyRole.Admin, "hash-of-admin-key"), CancellationToken);
        return (methods.Select(method => method.Id).ToArray(), connection.Id, data.DataId);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static void AssertContains(byte[] content, string text) =>
        Assert.True(content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0, $"Expected the file to contain '{text}' in plain text.");

    private static void AssertContainsNoSecret(byte[] content)
    {
        foreach (var secret in TestData.SecretTexts)
        {
            Assert.True(content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"The file contains the secret '{secret}' in plain text.");
        }
    }

    private static void AssertNoSecretIn(string text)
    {
        foreach (var secret in TestData.SecretTexts)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
