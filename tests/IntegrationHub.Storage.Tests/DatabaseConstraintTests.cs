using IntegrationHub.Connections;
using IntegrationHub.Storage.Connections;
using IntegrationHub.Storage.Database;
using IntegrationHub.Storage.Methods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Storage.Tests;

/// <summary>The database constraints that catch what a store's own checks miss when requests race.</summary>
public sealed class DatabaseConstraintTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UniqueIndex_RejectsDuplicateName()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        await using var db = await MigrationTests.CreateDbContextAsync(storage);
        db.AuthenticationMethods.Add(Row("orders"));
        db.AuthenticationMethods.Add(Row("orders"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(CancellationToken));

        Assert.Equal(DatabaseErrorKind.UniqueViolation, Classify(storage, error));
    }

    [Fact]
    public async Task ForeignKey_RejectsUnknownMethod()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        await using var db = await MigrationTests.CreateDbContextAsync(storage);
        db.ApiConnections.Add(new ApiConnectionEntity
        {
            Id = Guid.NewGuid(),
            Name = "orders-api",
            Description = string.Empty,
            Environments =
            [
                new ConnectionEnvironmentEntity
                {
                    Environment = ApiEnvironment.Sandbox,
                    BaseUrl = "http://127.0.0.1:6001/",
                    AuthenticationMethodId = Guid.NewGuid(),
                },
            ],
        });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(CancellationToken));

        Assert.Equal(DatabaseErrorKind.ForeignKeyViolation, Classify(storage, error));
    }

    [Fact]
    public async Task ForeignKey_RestrictsDeleteOfUsedMethod()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("orders", TestData.Basic());
        await storage.Methods.AddAsync(method, CancellationToken);
        await storage.Connections.AddAsync(TestData.Connection("orders-api", method.Id, null), CancellationToken);
        await using var db = await MigrationTests.CreateDbContextAsync(storage);

        var error = await Assert.ThrowsAnyAsync<Exception>(
            () => db.AuthenticationMethods.Where(row => row.Id == method.Id).ExecuteDeleteAsync(CancellationToken));

        Assert.Equal(DatabaseErrorKind.ForeignKeyViolation, Classify(storage, error));
        Assert.NotNull(await storage.Methods.FindAsync(method.Id, CancellationToken));
    }

    [Fact]
    public async Task ConcurrencyToken_RejectsStaleUpdate()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("orders", TestData.Basic());
        await storage.Methods.AddAsync(method, CancellationToken);
        await using var first = await MigrationTests.CreateDbContextAsync(storage);
        await using var second = await MigrationTests.CreateDbContextAsync(storage);
        var firstRow = await first.AuthenticationMethods.SingleAsync(CancellationToken);
        var secondRow = await second.AuthenticationMethods.SingleAsync(CancellationToken);

        firstRow.Version = 2;
        await first.SaveChangesAsync(CancellationToken);
        secondRow.Description = "stale";
        secondRow.Version = 2;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(CancellationToken));
    }

    private static AuthenticationMethodEntity Row(string name) => new()
    {
        Id = Guid.NewGuid(),
        Name = name,
        Description = string.Empty,
        Type = "basic",
        SettingsJson = "{}",
        Version = 1,
    };

    private static DatabaseErrorKind Classify(TestStorage storage, Exception exception) =>
        storage.Services.GetRequiredService<IDatabaseProvider>().Classify(exception);
}
