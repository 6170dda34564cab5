using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Database;

/// <summary>The database engine behind the stores, with everything that differs between SQLite and other providers.</summary>
internal interface IDatabaseProvider
{
    /// <summary>Configures the EF Core provider and its connection.</summary>
    void Configure(DbContextOptionsBuilder builder, IntegrationHubStorageOptions options);

    /// <summary>Returns why a connection string is invalid, or <see langword="null"/> when it is valid.</summary>
    string? ValidateConnectionString(string connectionString);

    /// <summary>Returns the database file or server that the options point at, without credentials, for log messages.</summary>
    string DescribeDataSource(IntegrationHubStorageOptions options);

    /// <summary>Prepares the database before migrations run.</summary>
    Task PrepareAsync(IntegrationHubDbContext db, CancellationToken cancellationToken = default);

    /// <summary>Tells which constraint, if any, made a save or a bulk delete fail.</summary>
    /// <param name="exception">A <see cref="DbUpdateException"/> from a save, or the provider's exception from a bulk statement.</param>
    DatabaseErrorKind Classify(Exception exception);
}
