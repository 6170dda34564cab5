using Microsoft.Data.Sqlite;

namespace IntegrationHub.Samples.Orders.Data;

/// <summary>
/// Named in-memory SQLite database that lives as long as this object.
/// </summary>
/// <remarks>
/// SQLite drops an in-memory database when its last connection closes, so this object keeps one
/// connection open. Each <see cref="OrdersSampleDbContext"/> opens its own connection to the same
/// shared-cache database, because one <see cref="SqliteConnection"/> must not be used by
/// concurrent requests.
/// </remarks>
internal sealed class InMemorySqliteDatabase : IDisposable
{
    private readonly SqliteConnection _keepAliveConnection;

    public InMemorySqliteDatabase()
    {
        // A unique name keeps several servers in one test process apart.
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = $"orders-sample-{Guid.NewGuid():N}",
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();

        _keepAliveConnection = new SqliteConnection(ConnectionString);
        _keepAliveConnection.Open();
    }

    public string ConnectionString { get; }

    public void Dispose() => _keepAliveConnection.Dispose();
}
