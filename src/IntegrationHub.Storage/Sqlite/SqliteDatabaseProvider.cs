using IntegrationHub.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace IntegrationHub.Storage.Sqlite;

/// <summary>The embedded SQLite database, opened in WAL mode with a busy timeout.</summary>
internal sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    // How long a connection waits for a lock held by another connection before SQLite reports "database is locked".
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly SqliteBusyTimeoutInterceptor _busyTimeoutInterceptor = new(BusyTimeout);

    public void Configure(DbContextOptionsBuilder builder, IntegrationHubStorageOptions options)
    {
        builder.UseSqlite(BuildConnectionString(options));
        builder.AddInterceptors(_busyTimeoutInterceptor);
    }

    public string? ValidateConnectionString(string connectionString)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.DataSource) ? "the Data Source keyword is missing. Set it to the path of the SQLite database file." : null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }

    public string DescribeDataSource(IntegrationHubStorageOptions options) =>
        new SqliteConnectionStringBuilder(BuildConnectionString(options)).DataSource;

    public async Task PrepareAsync(IntegrationHubDbContext db, CancellationToken cancellationToken = default)
    {
        // WAL lets readers work while one connection writes. SQLite stores the mode in the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
    }

    public DatabaseErrorKind Classify(Exception exception)
    {
        var cause = exception is DbUpdateException { InnerException: { } inner } ? inner : exception;
        return cause switch
        {
            SqliteException { SqliteExtendedErrorCode: raw.SQLITE_CONSTRAINT_UNIQUE } => DatabaseErrorKind.UniqueViolation,
            SqliteException { SqliteExtendedErrorCode: raw.SQLITE_CONSTRAINT_FOREIGNKEY } => DatabaseErrorKind.ForeignKeyViolation,

            // SQLite runs ON DELETE RESTRICT as a trigger program, so a restricted delete fails with the trigger code
            // and the message "FOREIGN KEY constraint failed". The schema defines no triggers of its own.
            SqliteException { SqliteExtendedErrorCode: raw.SQLITE_CONSTRAINT_TRIGGER } => DatabaseErrorKind.ForeignKeyViolation,
            _ => DatabaseErrorKind.Other,
        };
    }

    internal static string BuildConnectionString(IntegrationHubStorageOptions options)
    {
        if (options.ConnectionString is not null)
        {
            return options.ConnectionString;
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = options.DatabasePath };
        return builder.ToString();
    }
}
