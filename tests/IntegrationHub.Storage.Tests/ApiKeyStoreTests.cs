using IntegrationHub.ApiKeys;

namespace IntegrationHub.Storage.Tests;

public sealed class ApiKeyStoreTests
{
    private const string AdminHash = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    private const string RuntimeHash = "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9";

    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindByHash_ReturnsKey()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var admin = TestData.ApiKey("admin-key", ApiKeyRole.Admin, AdminHash);
        await storage.ApiKeys.AddAsync(admin, CancellationToken);
        await storage.ApiKeys.AddAsync(TestData.ApiKey("runtime-key", ApiKeyRole.Runtime, RuntimeHash), CancellationToken);

        var found = await storage.ApiKeys.FindByHashAsync(AdminHash, CancellationToken);

        Assert.Equal(admin, found);
        Assert.Null(await storage.ApiKeys.FindByHashAsync(AdminHash.ToUpperInvariant(), CancellationToken));
        Assert.Null(await storage.ApiKeys.FindByHashAsync("0000", CancellationToken));
    }

    [Fact]
    public async Task Add_DuplicateName_ReturnsFalse()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);

        var first = await storage.ApiKeys.AddAsync(TestData.ApiKey("ci", ApiKeyRole.Admin, AdminHash), CancellationToken);
        var second = await storage.ApiKeys.AddAsync(TestData.ApiKey("ci", ApiKeyRole.Runtime, RuntimeHash), CancellationToken);

        Assert.True(first);
        Assert.False(second);
        Assert.Null(await storage.ApiKeys.FindByHashAsync(RuntimeHash, CancellationToken));
    }

    [Fact]
    public async Task Add_DuplicateHash_ReturnsFalse()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        await storage.ApiKeys.AddAsync(TestData.ApiKey("first", ApiKeyRole.Admin, AdminHash), CancellationToken);

        var added = await storage.ApiKeys.AddAsync(TestData.ApiKey("second", ApiKeyRole.Runtime, AdminHash), CancellationToken);

        Assert.False(added);
    }

    [Fact]
    public async Task Any_ReportsRole()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        await storage.ApiKeys.AddAsync(TestData.ApiKey("runtime-key", ApiKeyRole.Runtime, RuntimeHash), CancellationToken);

        Assert.True(await storage.ApiKeys.AnyAsync(ApiKeyRole.Runtime, CancellationToken));
        Assert.False(await storage.ApiKeys.AnyAsync(ApiKeyRole.Admin, CancellationToken));
    }

    [Fact]
    public async Task ListAndDelete()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var runtime = TestData.ApiKey("runtime-key", ApiKeyRole.Runtime, RuntimeHash);
        var admin = TestData.ApiKey("admin-key", ApiKeyRole.Admin, AdminHash);
        await storage.ApiKeys.AddAsync(runtime, CancellationToken);
        await storage.ApiKeys.AddAsync(admin, CancellationToken);

        Assert.Equal([admin, runtime], await storage.ApiKeys.ListAsync(CancellationToken));
        Assert.True(await storage.ApiKeys.DeleteAsync(admin.Id, CancellationToken));
        Assert.False(await storage.ApiKeys.DeleteAsync(admin.Id, CancellationToken));
        Assert.Equal([runtime], await storage.ApiKeys.ListAsync(CancellationToken));
    }
}
