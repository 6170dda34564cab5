using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrationHub.Storage.Sqlite;

/// <summary>Sets SQLite's <c>busy_timeout</c> on every connection that EF Core opens.</summary>
/// <remarks>
/// SQLite then waits inside the engine for a lock that another connection holds, up to the timeout, instead of
/// returning <c>SQLITE_BUSY</c> (<c>database is locked</c>) at once. Microsoft.Data.Sqlite also retries busy
/// statements until the command timeout, 30 s by default.
/// </remarks>
internal sealed class SqliteBusyTimeoutInterceptor(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly string _pragma = string.Create(
        CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
