namespace IntegrationHub.Server;

/// <summary>Log messages of the IntegrationHub host; event ids 3000–3999. No message carries a secret or an API key.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(3000, LogLevel.Warning, "Rejected a request to {Path} with an unknown API key.", EventName = "UnknownApiKey")]
    public static partial void UnknownApiKey(ILogger logger, string path);

    [LoggerMessage(3001, LogLevel.Information, "IntegrationHub stores its data in {DataDirectory}.", EventName = "DataDirectory")]
    public static partial void DataDirectory(ILogger logger, string dataDirectory);

    [LoggerMessage(3002, LogLevel.Warning, "Generated a bootstrap admin API key and printed it to the console once; store it now.", EventName = "BootstrapKeyGenerated")]
    public static partial void BootstrapKeyGenerated(ILogger logger);

    [LoggerMessage(3010, LogLevel.Information, "Stream {StreamId} connected.", EventName = "StreamConnected")]
    public static partial void StreamConnected(ILogger logger, string streamId);

    [LoggerMessage(3011, LogLevel.Information, "Stream {StreamId} disconnected.", EventName = "StreamDisconnected")]
    public static partial void StreamDisconnected(ILogger logger, string streamId);

    [LoggerMessage(3012, LogLevel.Warning, "Rejected a streaming URL for stream {StreamId}: unknown, used or expired.", EventName = "StreamTicketRejected")]
    public static partial void StreamTicketRejected(ILogger logger, string streamId);
}
