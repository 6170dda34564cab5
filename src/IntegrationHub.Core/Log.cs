using IntegrationHub.OAuth;
using Microsoft.Extensions.Logging;

namespace IntegrationHub;

/// <summary>Log messages of IntegrationHub.Core; event ids 1000–1999. No message carries a secret, a token or client data.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Obtained a token from {TokenUrl} with the {GrantType} grant in {ElapsedMilliseconds:0} ms.", EventName = "TokenObtained")]
    public static partial void TokenObtained(ILogger logger, Uri tokenUrl, string grantType, double elapsedMilliseconds);

    [LoggerMessage(1001, LogLevel.Error, "The token endpoint {TokenUrl} rejected the client {ClientId} on a {GrantType} request ({OAuthError}); the authentication method must be fixed.", EventName = "TokenClientRejected")]
    public static partial void TokenClientRejected(ILogger logger, Uri tokenUrl, string grantType, string clientId, string? oauthError);

    [LoggerMessage(1002, LogLevel.Warning, "A {GrantType} request to {TokenUrl} failed: {Kind}, OAuth error {OAuthError}.", EventName = "TokenRequestFailed")]
    public static partial void TokenRequestFailed(ILogger logger, Uri tokenUrl, string grantType, TokenErrorKind kind, string? oauthError);

    [LoggerMessage(1004, LogLevel.Warning, "Skipped a {GrantType} request to {TokenUrl}: the endpoint failed repeatedly, requests resume at {PausedUntil}.", EventName = "TokenRequestPaused")]
    public static partial void TokenRequestPaused(ILogger logger, Uri tokenUrl, string grantType, DateTimeOffset pausedUntil);

    [LoggerMessage(1005, LogLevel.Information, "Sent a refresh token revocation to {RevocationUrl}; it answered HTTP {StatusCode}.", EventName = "RefreshTokenRevoked")]
    public static partial void RefreshTokenRevoked(ILogger logger, Uri revocationUrl, int statusCode);

    [LoggerMessage(1007, LogLevel.Error, "Revoking dropped refresh tokens failed unexpectedly: {ErrorType}.", EventName = "RevocationFailedUnexpectedly")]
    public static partial void RevocationFailedUnexpectedly(ILogger logger, string errorType);

    [LoggerMessage(1006, LogLevel.Warning, "A refresh token revocation to {RevocationUrl} failed: {ErrorType}.", EventName = "RevocationFailed")]
    public static partial void RevocationFailed(ILogger logger, Uri revocationUrl, string errorType);

    [LoggerMessage(1003, LogLevel.Warning, "A {GrantType} request to {TokenUrl} timed out after {Timeout}.", EventName = "TokenRequestTimedOut")]
    public static partial void TokenRequestTimedOut(ILogger logger, Uri tokenUrl, string grantType, TimeSpan timeout);

    [LoggerMessage(1010, LogLevel.Debug, "Using the cached client credentials token of method {MethodId} ({Environment}).", EventName = "TokenCacheHit")]
    public static partial void TokenCacheHit(ILogger logger, Guid methodId, string environment);

    [LoggerMessage(1011, LogLevel.Information, "Evicted the cached token of method {MethodId} ({Environment}) after the upstream rejected it.", EventName = "TokenEvicted")]
    public static partial void TokenEvicted(ILogger logger, Guid methodId, string environment);

    [LoggerMessage(1020, LogLevel.Information, "Conversation {ConversationId}: authentication required for connection {ConnectionId} ({Environment}), reason {Reason}.", EventName = "AuthenticationRequired")]
    public static partial void AuthenticationRequired(ILogger logger, string conversationId, Guid connectionId, string environment, string reason);

    [LoggerMessage(1021, LogLevel.Information, "Conversation {ConversationId}: dropped client authentication data and tokens after {Reason}.", EventName = "ClientDataDropped")]
    public static partial void ClientDataDropped(ILogger logger, string conversationId, string reason);

    [LoggerMessage(1022, LogLevel.Information, "Conversation {ConversationId}: stored new client authentication data.", EventName = "ClientDataStored")]
    public static partial void ClientDataStored(ILogger logger, string conversationId);

    [LoggerMessage(1030, LogLevel.Information, "Conversation {ConversationId}: {HttpMethod} {UpstreamHost} via connection {ConnectionId} ({Environment}) returned {StatusCode} in {ElapsedMilliseconds:0} ms.", EventName = "UpstreamCallCompleted")]
    public static partial void UpstreamCallCompleted(ILogger logger, string conversationId, string httpMethod, string upstreamHost, Guid connectionId, string environment, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(1031, LogLevel.Warning, "Conversation {ConversationId}: retrying {HttpMethod} via connection {ConnectionId} once with a new token after HTTP 401.", EventName = "UpstreamRetry")]
    public static partial void UpstreamRetry(ILogger logger, string conversationId, string httpMethod, Guid connectionId);

    [LoggerMessage(1032, LogLevel.Error, "Conversation {ConversationId}: a call via connection {ConnectionId} failed: {ErrorCode}.", EventName = "UpstreamCallFailed")]
    public static partial void UpstreamCallFailed(ILogger logger, string conversationId, Guid connectionId, string errorCode, Exception? exception);

    [LoggerMessage(1040, LogLevel.Debug, "Published event {EventId} of type {EventType} to {SubscriberCount} stream(s).", EventName = "EventPublished")]
    public static partial void EventPublished(ILogger logger, string eventId, string eventType, int subscriberCount);
}
