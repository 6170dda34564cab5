using IntegrationHub.Common;
using IntegrationHub.Connections;
using IntegrationHub.Methods;

namespace IntegrationHub.Storage.Tests;

public sealed class ApiConnectionStoreTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Connection_RoundTrip()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var (sandboxMethod, productionMethod) = await AddTwoMethodsAsync(storage);
        var connection = TestData.Connection("orders-api", sandboxMethod.Id, productionMethod.Id, version: 7);

        Assert.Equal(StoreWriteStatus.Succeeded, (await storage.Connections.AddAsync(connection, CancellationToken)).Status);
        var stored = await storage.Connections.FindAsync(connection.Id, CancellationToken);

        Assert.NotNull(stored);
        Assert.Equal(connection.Name, stored.Name);
        Assert.Equal(connection.Description, stored.Description);
        Assert.Equal(connection.Sandbox, stored.Sandbox);
        Assert.Equal(connection.Production, stored.Production);
        Assert.Equal(connection.CreatedAt, stored.CreatedAt);
        Assert.Equal(connection.UpdatedAt, stored.UpdatedAt);
        Assert.Equal(7, stored.Version);
    }

    [Fact]
    public async Task Connection_OneEnvironment_RoundTrip()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var (method, _) = await AddTwoMethodsAsync(storage);
        var connection = TestData.Connection("sandbox-only", method.Id, null);

        await storage.Connections.AddAsync(connection, CancellationToken);
        var stored = await storage.Connections.FindByNameAsync("sandbox-only", CancellationToken);

        Assert.NotNull(stored);
        Assert.Equal(connection.Sandbox, stored.Sandbox);
        Assert.Null(stored.Production);
    }

    [Fact]
    public async Task List_IsOrderedByNameWithEnvironments()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var (sandboxMethod, productionMethod) = await AddTwoMethodsAsync(storage);
        await storage.Connections.AddAsync(TestData.Connection("zeta", sandboxMethod.Id, productionMethod.Id), CancellationToken);
        await storage.Connections.AddAsync(TestData.Connection("alpha", null, productionMethod.Id), CancellationToken);

        var connections = await storage.Connections.ListAsync(CancellationToken);

        Assert.Equal(["alpha", "zeta"], connections.Select(connection => connection.Name));
        Assert.Null(connections[0].Sandbox);
        Assert.Equal(productionMethod.Id, connections[0].Production?.AuthenticationMethodId);
        Assert.Equal(sandboxMethod.Id, connections[1].Sandbox?.AuthenticationMethodId);
    }

    [Fact]
    public async Task Add_MissingMethod_IsReferenceNotFound()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var (method, _) = await AddTwoMethodsAsync(storage);

        var result = await storage.Connections.AddAsync(TestData.Connection("orders-api", method.Id, Guid.NewGuid()), CancellationToken);

        Assert.Equal(StoreWriteStatus.ReferenceNotFound, result.Status);
        Assert.Empty(await storage.Connections.ListAsync(CancellationToken));
    }

    [Fact]
    public async Task Add_DuplicateName_IsNameConflict()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var (method, _) = await AddTwoMethodsAsync(storage);
        await storage.Connections.AddAsync(TestData.Connection("orders-api", method.Id, null), CancellationToken);

        var result = await storage.Connections.AddAsync(TestData.Connection("orders-api", null, method.Id), CancellationToken);

        Assert.Equal(StoreWriteStatus.NameConflict, result.Status);
    }

    [Fact]
    public async Task Update_ReplacesEnvironments()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var (first, second) = await AddTwoMethodsAsync(storage);
        var connection = TestData.Connection("orders-api", first.Id, first.Id);
        await storage.Connections.AddAsync(connection, CancellationToken);
        var changed = connection with
        {
            Name = "orders-api-v2",
            Sandbox = new ConnectionEnvironment(new Uri("http://127.0.0.1:7001/v2/"), second.Id),
            Production = null,
            Version = 2,
        };

        var result = await storage.Connections.UpdateAsync(changed, expectedVersion: 1, CancellationToken);
        var stored = await storage.Connections.FindAsync(connection.Id, CancellationToken);

        Assert.Equal(StoreWriteStatus.Succeeded, result.Status);
        Assert.NotNull(stored);
        Assert.Equal("orders-api-v2", stored.Name);
        Assert.Equal(changed.Sandbox, stored.Sandbox);
        Assert.Null(stored.Production);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task Update_AddsEnvironment()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var (first, second) = await AddTwoMethodsAsync(storage);
        var connection = TestData.Connection("orders-api", first.Id, null);
        await storage.Connections.AddAsync(connection, CancellationToken);
        var changed = connection with { Production = new ConnectionEnvironment(new Uri("http://127.0.0.1:7002/"), second.Id), Version = 2 };

        await storage.Connections.UpdateAsync(changed, expectedVersion: 1, CancellationToken);
        var stored = await storage.Connections.FindAsync(connection.Id, CancellationToken);

        Assert.Equal(changed.Sandbox, stored!.Sandbox);
        Assert.Equal(changed.Production, stored.Production);
    }

    [Fact]
    public async Task Update_VersionMismatch_IsRejected()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var (method, _) = await AddTwoMethodsAsync(storage);
        var connection = TestData.Connection("orders-api", method.Id, null, version: 2);
        await storage.Connections.AddAsync(connection, CancellationToken);

        var result = await storage.Connections.UpdateAsync(connection with { Description = "x", Version = 3 }, 1, CancellationToken);

        Assert.Equal(StoreWriteStatus.VersionMismatch, result.Status);
        Assert.Equal(2, (await storage.Connections.FindAsync(connection.Id, CancellationToken))!.Version);
    }

    [Fact]
    public async Task Update_DuplicateName_IsNameConflict()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var (method, _) = await AddTwoMethodsAsync(storage);
        await storage.Connections.AddAsync(TestData.Connection("first", method.Id, null), CancellationToken);
        var second = TestData.Connection("second", method.Id, null);
        await storage.Connections.AddAsync(second, CancellationToken);

        var result = await storage.Connections.UpdateAsync(second with { Name = "first", Version = 2 }, 1, CancellationToken);

        Assert.Equal(StoreWriteStatus.NameConflict, result.Status);
    }

    [Fact]
    public async Task Update_MissingMethod_IsReferenceNotFound()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var (method, _) = await AddTwoMethodsAsync(storage);
        var connection = TestData.Connection("orders-api", method.Id, null);
        await storage.Connections.AddAsync(connection, CancellationToken);
        var changed = connection with { Production = new ConnectionEnvironment(new Uri("http://127.0.0.1:7002/"), Guid.NewGuid()), Version = 2 };

        var result = await storage.Connections.UpdateAsync(changed, 1, CancellationToken);

        Assert.Equal(StoreWriteStatus.ReferenceNotFound, result.Status);
        Assert.Null((await storage.Connections.FindAsync(connection.Id, CancellationToken))!.Production);
    }

    [Fact]
    public async Task Update_Missing_IsNotFound()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);

        var result = await storage.Connections.UpdateAsync(TestData.Connection("ghost", null, null, 2), 1, CancellationToken);

        Assert.Equal(StoreWriteStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Delete_VersionMismatch_IsRejected()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var connection = TestData.Connection("orders-api", null, null, version: 4);
        await storage.Connections.AddAsync(connection, CancellationToken);

        var mismatch = await storage.Connections.DeleteAsync(connection.Id, expectedVersion: 3, CancellationToken);
        var matching = await storage.Connections.DeleteAsync(connection.Id, expectedVersion: 4, CancellationToken);
        var again = await storage.Connections.DeleteAsync(connection.Id, expectedVersion: 4, CancellationToken);

        Assert.Equal(StoreWriteStatus.VersionMismatch, mismatch.Status);
        Assert.Equal(StoreWriteStatus.Succeeded, matching.Status);
        Assert.Equal(StoreWriteStatus.NotFound, again.Status);
    }

    private static async Task<(AuthenticationMethod First, AuthenticationMethod Second)> AddTwoMethodsAsync(TestStorage storage)
    {
        var first = TestData.Method("sandbox-method", TestData.Basic());
        var second = TestData.Method("production-method", TestData.ClientCredentials());
        await storage.Methods.AddAsync(first, CancellationToken);
        await storage.Methods.AddAsync(second, CancellationToken);
        return (first, second);
    }
}
