using System.Net;

namespace IntegrationHub.Samples.Orders;

/// <summary>
/// Source-generated log messages of the orders sample. Event ids are stable.
/// </summary>
/// <remarks>
/// Only the startup banner (event ids 2 to 5) prints credentials, and only because they are
/// documented demo values. No other message contains a secret, code or token.
/// </remarks>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "OrdersSampleStarted", Level = LogLevel.Information,
        Message = "Orders sample listening on {BaseAddress}: token endpoint {TokenEndpoint}, authorize endpoint {AuthorizeEndpoint}, revocation endpoint {RevocationEndpoint}.")]
    public static partial void OrdersSampleStarted(ILogger logger, Uri baseAddress, Uri tokenEndpoint, Uri authorizeEndpoint, Uri revocationEndpoint);

    [LoggerMessage(EventId = 2, EventName = "DemoMachineClient", Level = LogLevel.Information,
        Message = "Demo client credentials client: client_id '{ClientId}', client_secret '{ClientSecret}', scope '{Scope}'.")]
    public static partial void DemoMachineClient(ILogger logger, string clientId, string clientSecret, string scope);

    [LoggerMessage(EventId = 3, EventName = "DemoWebClient", Level = LogLevel.Information,
        Message = "Demo authorization code client: client_id '{ClientId}', client_secret '{ClientSecret}', redirect URIs {RedirectUris}, user '{Subject}'.")]
    public static partial void DemoWebClient(ILogger logger, string clientId, string clientSecret, string redirectUris, string subject);

    [LoggerMessage(EventId = 4, EventName = "DemoBasicCredentials", Level = LogLevel.Information,
        Message = "Demo Basic credentials for {Route}: user name '{UserName}', password '{Password}'.")]
    public static partial void DemoBasicCredentials(ILogger logger, string route, string userName, string password);

    [LoggerMessage(EventId = 5, EventName = "DemoApiKey", Level = LogLevel.Information,
        Message = "Demo API key for {Route}: header {HeaderName}: '{ApiKey}'.")]
    public static partial void DemoApiKey(ILogger logger, string route, string headerName, string apiKey);

    [LoggerMessage(EventId = 10, EventName = "ClientRegistered", Level = LogLevel.Information,
        Message = "Registered OAuth client '{ClientId}' for grant types {GrantTypes}.")]
    public static partial void ClientRegistered(ILogger logger, string clientId, string grantTypes);

    [LoggerMessage(EventId = 20, EventName = "TokensRevokedBySubject", Level = LogLevel.Information,
        Message = "Revoked {Count} tokens of subject '{Subject}'.")]
    public static partial void TokensRevokedBySubject(ILogger logger, long count, string subject);

    [LoggerMessage(EventId = 21, EventName = "TokensRevokedByClient", Level = LogLevel.Information,
        Message = "Revoked {Count} tokens of client '{ClientId}'.")]
    public static partial void TokensRevokedByClient(ILogger logger, long count, string clientId);

    [LoggerMessage(EventId = 22, EventName = "TokenRequestFormInvalid", Level = LogLevel.Warning,
        Message = "Recorded a token request without form fields because its form body is invalid.")]
    public static partial void TokenRequestFormInvalid(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 30, EventName = "DemoRequestRejected", Level = LogLevel.Warning,
        Message = "Rejected a request to {Path} from {RemoteAddress}, which is not a loopback address.")]
    public static partial void DemoRequestRejected(ILogger logger, PathString path, IPAddress remoteAddress);
}
