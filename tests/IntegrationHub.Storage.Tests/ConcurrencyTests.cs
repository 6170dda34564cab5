using IntegrationHub.Common;

namespace IntegrationHub.Storage.Tests;

/// <summary>Parallel requests against one SQLite file, as the server issues them.</summary>
public sealed class ConcurrencyTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ParallelWrites_AllSucceed()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);

        var writes = Enumerable.Range(0, 40).Select(async index =>
        {
            var method = TestData.Method($"method-{index}", TestData.ClientCredentials());
            var methodResult = await storage.Methods.AddAsync(method, CancellationToken);
            var data = TestData.ClientData($"conversation-{index}");
            await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);
            var tokenSaved = await storage.Conversations.SaveTokenAsync(data.ConversationId, method.Id, TestData.Token(data.DataId), CancellationToken);
            return (methodResult.Status, tokenSaved);
        });
        var results = await Task.WhenAll(writes);

        Assert.All(results, result => Assert.Equal(StoreWriteStatus.Succeeded, result.Status));
        Assert.All(results, result => Assert.True(result.tokenSaved));
        Assert.Equal(40, (await storage.Methods.ListAsync(CancellationToken)).Count);
    }

    [Fact]
    public async Task ParallelAdds_SameName_OneSucceeds()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            storage.Methods.AddAsync(TestData.Method("contested", TestData.Basic()), CancellationToken)));

        Assert.Single(results, result => result.Status == StoreWriteStatus.Succeeded);
        Assert.Equal(7, results.Count(result => result.Status == StoreWriteStatus.NameConflict));
    }

    [Fact]
    public async Task ParallelUpdates_SameVersion_OneSucceeds()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("contested", TestData.Basic());
        await storage.Methods.AddAsync(method, CancellationToken);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(index =>
            storage.Methods.UpdateAsync(method with { Description = $"update {index}", Version = 2 }, expectedVersion: 1, CancellationToken)));

        Assert.Single(results, result => result.Status == StoreWriteStatus.Succeeded);
        Assert.Equal(5, results.Count(result => result.Status == StoreWriteStatus.VersionMismatch));
    }

    [Fact]
    public async Task SaveTokenRacingReplace_NeverKeepsStaleToken()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var methodId = Guid.NewGuid();

        for (var round = 0; round < 20; round++)
        {
            var conversationId = $"conversation-{round}";
            var oldData = TestData.ClientData(conversationId);
            var newData = TestData.ClientData(conversationId);
            await storage.Conversations.ReplaceClientDataAsync(oldData, cancellationToken: CancellationToken);

            var save = storage.Conversations.SaveTokenAsync(conversationId, methodId, TestData.Token(oldData.DataId), CancellationToken);
            var replace = storage.Conversations.ReplaceClientDataAsync(newData, cancellationToken: CancellationToken);
            await Task.WhenAll(save, replace);

            Assert.Equal(newData.DataId, (await storage.Conversations.GetClientDataAsync(conversationId, CancellationToken))?.DataId);
            Assert.Null(await storage.Conversations.GetTokenAsync(conversationId, methodId, CancellationToken));
        }
    }
}
