namespace IntegrationHub.Server.WebConsole;

/// <summary>Log messages of the web console; event ids 3100–3199. No message carries an API key or a secret.</summary>
internal static partial class ConsoleLog
{
    [LoggerMessage(3100, LogLevel.Information, "Console sign-in with the admin API key {KeyId} ({KeyName}).", EventName = "ConsoleSignedIn")]
    public static partial void SignedIn(ILogger logger, Guid keyId, string keyName);

    [LoggerMessage(3101, LogLevel.Warning, "Rejected a console sign-in with an unknown API key.", EventName = "ConsoleSignInUnknownKey")]
    public static partial void SignInUnknownKey(ILogger logger);

    [LoggerMessage(3102, LogLevel.Warning, "Rejected a console sign-in with the runtime API key {KeyId}; the console needs an admin key.", EventName = "ConsoleSignInRuntimeKey")]
    public static partial void SignInRuntimeKey(ILogger logger, Guid keyId);

    [LoggerMessage(3103, LogLevel.Information, "Console sign-out of the API key {KeyId}.", EventName = "ConsoleSignedOut")]
    public static partial void SignedOut(ILogger logger, string keyId);

    [LoggerMessage(3104, LogLevel.Information, "Ended a console session because its API key {KeyId} was deleted or is no longer an admin key.", EventName = "ConsoleSessionRevoked")]
    public static partial void SessionRevoked(ILogger logger, string keyId);
}
