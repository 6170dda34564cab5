using Microsoft.Extensions.Logging;

namespace IntegrationHub.Storage;

/// <summary>The log messages of IntegrationHub.Storage, event ids 2000 to 2099.</summary>
internal static partial class Log
{
    [LoggerMessage(
        EventId = 2000,
        EventName = "MigrationsApplied",
        Level = LogLevel.Information,
        Message = "Applied {Count} database migrations to {DataSource}: {Migrations}.")]
    public static partial void MigrationsApplied(ILogger logger, int count, string dataSource, string migrations);

    [LoggerMessage(
        EventId = 2001,
        EventName = "DatabaseUpToDate",
        Level = LogLevel.Information,
        Message = "The database {DataSource} is up to date at migration {Migration}.")]
    public static partial void DatabaseUpToDate(ILogger logger, string dataSource, string migration);

    [LoggerMessage(
        EventId = 2002,
        EventName = "UnprotectFailed",
        Level = LogLevel.Error,
        Message = "Failed to decrypt a stored secret. The Data Protection key ring in {KeysDirectory} is missing the key that encrypted it or was replaced.")]
    public static partial void UnprotectFailed(ILogger logger, string keysDirectory, Exception exception);
}
