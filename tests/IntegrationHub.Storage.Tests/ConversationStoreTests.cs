namespace IntegrationHub.Storage.Tests;

public sealed class ConversationStoreTests
{
    private const string ConversationId = "conversation-8d1f";

    private static readonly Guid MethodId = Guid.NewGuid();

    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClientData_RoundTrip()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var data = TestData.ClientData(ConversationId);

        await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);
        var stored = await storage.Conversations.GetClientDataAsync(ConversationId, CancellationToken);

        Assert.NotNull(stored);
        Assert.Equal(data.ConversationId, stored.ConversationId);
        Assert.Equal(data.DataId, stored.DataId);
        Assert.Equal(data.CustomerExternalId, stored.CustomerExternalId);
        Assert.Equal(TestData.AuthJson, stored.AuthJson.Reveal());
        Assert.Equal(data.ReceivedAt, stored.ReceivedAt);
        Assert.Equal(data.StreamId, stored.StreamId);
    }

    [Fact]
    public async Task ClientData_Missing_IsNull()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);

        Assert.Null(await storage.Conversations.GetClientDataAsync("unknown", CancellationToken));
    }

    [Fact]
    public async Task Token_RoundTrip()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var data = TestData.ClientData(ConversationId);
        var token = TestData.Token(data.DataId);
        await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);

        var saved = await storage.Conversations.SaveTokenAsync(ConversationId, MethodId, token, CancellationToken);
        var stored = await storage.Conversations.GetTokenAsync(ConversationId, MethodId, CancellationToken);

        Assert.True(saved);
        Assert.NotNull(stored);
        Assert.Equal(token.DataId, stored.DataId);
        Assert.Equal(TestData.AccessToken, stored.AccessToken.Reveal());
        Assert.Equal(TestData.RefreshToken, stored.RefreshToken?.Reveal());
        Assert.Equal(token.ExpiresAt, stored.ExpiresAt);
        Assert.Equal(token.CodeHash, stored.CodeHash);
    }

    [Fact]
    public async Task Token_WithoutRefreshToken_RoundTrip()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var data = TestData.ClientData(ConversationId);
        await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);

        await storage.Conversations.SaveTokenAsync(ConversationId, MethodId, TestData.Token(data.DataId, withRefreshToken: false), CancellationToken);
        var stored = await storage.Conversations.GetTokenAsync(ConversationId, MethodId, CancellationToken);

        Assert.NotNull(stored);
        Assert.Null(stored.RefreshToken);
    }

    [Fact]
    public async Task SaveToken_SecondSave_ReplacesToken()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var data = TestData.ClientData(ConversationId);
        await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);
        await storage.Conversations.SaveTokenAsync(ConversationId, MethodId, TestData.Token(data.DataId), CancellationToken);
        var refreshed = TestData.Token(data.DataId, withRefreshToken: false) with { ExpiresAt = TestData.UpdatedAt.AddHours(2) };

        var saved = await storage.Conversations.SaveTokenAsync(ConversationId, MethodId, refreshed, CancellationToken);
        var stored = await storage.Conversations.GetTokenAsync(ConversationId, MethodId, CancellationToken);

        Assert.True(saved);
        Assert.Equal(TestData.UpdatedAt.AddHours(2), stored!.ExpiresAt);
        Assert.Null(stored.RefreshToken);
    }

    [Fact]
    public async Task SaveToken_StaleDataId_IsRejected()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var oldData = TestData.ClientData(ConversationId);
        var newData = TestData.ClientData(ConversationId);
        await storage.Conversations.ReplaceClientDataAsync(oldData, cancellationToken: CancellationToken);
        await storage.Conversations.ReplaceClientDataAsync(newData, cancellationToken: CancellationToken);

        var saved = await storage.Conversations.SaveTokenAsync(ConversationId, MethodId, TestData.Token(oldData.DataId), CancellationToken);

        Assert.False(saved);
        Assert.Null(await storage.Conversations.GetTokenAsync(ConversationId, MethodId, CancellationToken));
    }

    [Fact]
    public async Task SaveToken_NoClientData_IsRejected()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);

        var saved = await storage.Conversations.SaveTokenAsync(ConversationId, MethodId, TestData.Token(Guid.NewGuid()), CancellationToken);

        Assert.False(saved);
        Assert.Null(await storage.Conversations.GetTokenAsync(ConversationId, MethodId, CancellationToken));
    }

    [Fact]
    public async Task ReplaceClientData_DeletesTokens()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var data = TestData.ClientData(ConversationId);
        var otherMethodId = Guid.NewGuid();
        await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);
        await storage.Conversations.SaveTokenAsync(ConversationId, MethodId, TestData.Token(data.DataId), CancellationToken);
        await storage.Conversations.SaveTokenAsync(ConversationId, otherMethodId, TestData.Token(data.DataId), CancellationToken);
        var replacement = TestData.ClientData(ConversationId) with { CustomerExternalId = "customer-43" };

        await storage.Conversations.ReplaceClientDataAsync(replacement, cancellationToken: CancellationToken);

        Assert.Null(await storage.Conversations.GetTokenAsync(ConversationId, MethodId, CancellationToken));
        Assert.Null(await storage.Conversations.GetTokenAsync(ConversationId, otherMethodId, CancellationToken));
        var stored = await storage.Conversations.GetClientDataAsync(ConversationId, CancellationToken);
        Assert.Equal(replacement.DataId, stored!.DataId);
        Assert.Equal("customer-43", stored.CustomerExternalId);
    }

    [Fact]
    public async Task ReplaceClientData_KeepsOtherConversations()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var data = TestData.ClientData(ConversationId);
        var otherData = TestData.ClientData("other-conversation");
        await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);
        await storage.Conversations.ReplaceClientDataAsync(otherData, cancellationToken: CancellationToken);
        await storage.Conversations.SaveTokenAsync("other-conversation", MethodId, TestData.Token(otherData.DataId), CancellationToken);

        await storage.Conversations.ReplaceClientDataAsync(TestData.ClientData(ConversationId), cancellationToken: CancellationToken);

        Assert.NotNull(await storage.Conversations.GetTokenAsync("other-conversation", MethodId, CancellationToken));
        Assert.Equal(otherData.DataId, (await storage.Conversations.GetClientDataAsync("other-conversation", CancellationToken))!.DataId);
    }

    [Fact]
    public async Task DeleteClientData_DeletesDataAndTokens()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var data = TestData.ClientData(ConversationId);
        await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);
        await storage.Conversations.SaveTokenAsync(ConversationId, MethodId, TestData.Token(data.DataId), CancellationToken);

        var deleted = await storage.Conversations.DeleteClientDataAsync(ConversationId, CancellationToken);

        Assert.True(deleted);
        Assert.Null(await storage.Conversations.GetClientDataAsync(ConversationId, CancellationToken));
        Assert.Null(await storage.Conversations.GetTokenAsync(ConversationId, MethodId, CancellationToken));
    }

    [Fact]
    public async Task DeleteClientData_Missing_ReturnsFalse()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);

        Assert.False(await storage.Conversations.DeleteClientDataAsync(ConversationId, CancellationToken));
    }

    [Fact]
    public async Task DeleteToken_KeepsClientDataAndOtherTokens()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var data = TestData.ClientData(ConversationId);
        var otherMethodId = Guid.NewGuid();
        await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);
        await storage.Conversations.SaveTokenAsync(ConversationId, MethodId, TestData.Token(data.DataId), CancellationToken);
        await storage.Conversations.SaveTokenAsync(ConversationId, otherMethodId, TestData.Token(data.DataId), CancellationToken);

        await storage.Conversations.DeleteTokenAsync(ConversationId, MethodId, CancellationToken);

        Assert.Null(await storage.Conversations.GetTokenAsync(ConversationId, MethodId, CancellationToken));
        Assert.NotNull(await storage.Conversations.GetTokenAsync(ConversationId, otherMethodId, CancellationToken));
        Assert.NotNull(await storage.Conversations.GetClientDataAsync(ConversationId, CancellationToken));
    }
}
