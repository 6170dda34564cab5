using System.Text.Json;
using IntegrationHub.Authentication;
using IntegrationHub.Calls.Internal;
using IntegrationHub.Connections;
using IntegrationHub.Conversations;
using IntegrationHub.Events;
using IntegrationHub.Methods;
using IntegrationHub.Templates;
using IntegrationHub.Validation;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Calls;

/// <summary>
/// Makes a call through a connection for a conversation: applies the method's credentials, retries once with a new token where that can help,
/// and turns a missing, expired or rejected credential into <c>authenticationRequested</c>.
/// </summary>
public sealed class ApiCallService
{
    private readonly ApiConnectionService _connections;
    private readonly IAuthenticationMethodStore _methods;
    private readonly IConversationStore _conversations;
    private readonly Dictionary<AuthenticationMethodType, IRequestAuthenticator> _authenticators;
    private readonly UpstreamSender _sender;
    private readonly IEventPublisher _events;
    private readonly TokenRevoker _revoker;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ApiCallService> _logger;

    internal ApiCallService(
        ApiConnectionService connections,
        IAuthenticationMethodStore methods,
        IConversationStore conversations,
        IEnumerable<IRequestAuthenticator> authenticators,
        UpstreamSender sender,
        IEventPublisher events,
        TokenRevoker revoker,
        TimeProvider timeProvider,
        ILogger<ApiCallService> logger)
    {
        _revoker = revoker;
        _connections = connections;
        _methods = methods;
        _conversations = conversations;
        _authenticators = authenticators.ToDictionary(a => a.Type);
        _sender = sender;
        _events = events;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Validates a call request body and makes the call.</summary>
    public Task<ApiCallResult> CallAsync(string conversationId, JsonElement body, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (ConversationIds.Validate(conversationId) is { } idError)
        {
            errors.Add("conversationId", idError);
        }

        var request = ApiCallRequestReader.Read(conversationId, body, errors);
        return request is null || errors.HasErrors
            ? Task.FromResult(ApiCallResult.Invalid(errors))
            : CallAsync(request, cancellationToken);
    }

    public async Task<ApiCallResult> CallAsync(ApiCallRequest request, CancellationToken cancellationToken = default)
    {
        var connection = await _connections.FindByReferenceAsync(request.Connection, cancellationToken);
        if (connection is null)
        {
            return ApiCallResult.NotFound($"No API connection has the id or name '{request.Connection}'.");
        }

        var environment = connection.GetEnvironment(request.Environment);
        if (environment is null)
        {
            var errors = new ValidationErrors();
            errors.Add("environment", $"The connection '{connection.Name}' has no {request.Environment.ToName()} environment; configure it or call another environment.");
            return ApiCallResult.Invalid(errors);
        }

        var url = UpstreamUrl.Build(environment.BaseUrl, request.Path, request.Query);
        if (url is null)
        {
            var errors = new ValidationErrors();
            errors.Add("path", "The path would leave the environment's base URL.");
            return ApiCallResult.Invalid(errors);
        }

        var method = await _methods.FindAsync(environment.AuthenticationMethodId, cancellationToken)
            ?? throw new InvalidOperationException($"The connection {connection.Id} references the missing method {environment.AuthenticationMethodId}.");
        var call = new CallScope(request, connection, method, url);
        return await ExecuteAsync(call, cancellationToken);
    }

    private async Task<ApiCallResult> ExecuteAsync(CallScope call, CancellationToken cancellationToken)
    {
        var (context, required) = await LoadContextAsync(call, cancellationToken);
        if (required is not null)
        {
            return await RequireAuthenticationAsync(call, context.ClientData, required, cancellationToken);
        }

        var authenticator = _authenticators[call.Method.Type];
        var started = _timeProvider.GetTimestamp();
        var credentials = await authenticator.AuthenticateAsync(context, cancellationToken);
        var result = await SendAsync(call, context, credentials, cancellationToken);
        if (!UnauthorizedPolicy.IsUnauthorized(call.Method, result.Response))
        {
            return Finish(call, result, started);
        }

        // The rejected credentials are discarded whether or not the policy allows a retry, so that the next call does not send them again.
        var renewable = await authenticator.DiscardRejectedAsync(context, credentials, cancellationToken);
        if (renewable && UnauthorizedPolicy.MayRetry(call.Method, call.Request.Method))
        {
            Log.UpstreamRetry(_logger, call.Request.ConversationId, call.Request.Method.Method, call.Connection.Id);
            credentials = await authenticator.AuthenticateAsync(context, cancellationToken);
            result = await SendAsync(call, context, credentials, cancellationToken);
            if (!UnauthorizedPolicy.IsUnauthorized(call.Method, result.Response))
            {
                return Finish(call, result, started);
            }
        }

        // Credentials built from client data are stale, so they are dropped and the end user must authenticate again.
        // Operator credentials cannot be renewed by the end user, so the upstream response is returned.
        if (UsesClientData(call.Method))
        {
            var outcome = AuthenticationOutcome.Required(AuthenticationRequiredReason.UpstreamUnauthorized, [.. ClientDataPaths(call.Method)], dropClientData: true);
            return await RequireAuthenticationAsync(call, context.ClientData, outcome, cancellationToken);
        }

        return Finish(call, result, started);
    }

    private async Task<ApiCallResult> SendAsync(CallScope call, AuthenticationContext context, AuthenticationOutcome credentials, CancellationToken cancellationToken)
    {
        if (credentials.Error is not null)
        {
            return ApiCallResult.Failed(credentials.Error);
        }

        if (credentials.Reason is not null)
        {
            return await RequireAuthenticationAsync(call, context.ClientData, credentials, cancellationToken);
        }

        var sent = await _sender.SendAsync(call.Request, call.Url, credentials, context.ClientValues, cancellationToken);
        return sent.Error is not null ? ApiCallResult.Failed(sent.Error) : ApiCallResult.Completed(sent.Response!);
    }

    private ApiCallResult Finish(CallScope call, ApiCallResult result, long started)
    {
        if (result.Outcome == ApiCallOutcome.Completed)
        {
            Log.UpstreamCallCompleted(_logger, call.Request.ConversationId, call.Request.Method.Method, call.Url.Authority, call.Connection.Id, call.Request.Environment.ToName(), result.Response!.Status, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
        }
        else if (result.Outcome == ApiCallOutcome.Failed)
        {
            Log.UpstreamCallFailed(_logger, call.Request.ConversationId, call.Connection.Id, result.Error!.Code, null);
        }

        return result;
    }

    private async Task<(AuthenticationContext Context, AuthenticationOutcome? Required)> LoadContextAsync(CallScope call, CancellationToken cancellationToken)
    {
        var conversationId = call.Request.ConversationId;
        if (!UsesClientData(call.Method))
        {
            return (new AuthenticationContext(conversationId, call.Method, call.Request.Environment, null, null), null);
        }

        var data = await _conversations.GetClientDataAsync(conversationId, cancellationToken);
        var context = new AuthenticationContext(conversationId, call.Method, call.Request.Environment, data, null);
        if (data is null)
        {
            return (context, AuthenticationOutcome.Required(AuthenticationRequiredReason.MissingClientData, [.. ClientDataPaths(call.Method)]));
        }

        // Client data older than the method's validity counts as missing.
        var validity = call.Method.Settings.ClientAuthentication?.Validity;
        if (validity is not null && _timeProvider.GetUtcNow() - data.ReceivedAt > validity)
        {
            return (context, AuthenticationOutcome.Required(AuthenticationRequiredReason.ClientDataExpired, [.. ClientDataPaths(call.Method)]));
        }

        using var document = JsonDocument.Parse(data.AuthJson.Reveal());
        var values = new ClientDataValues(document.RootElement.Clone());
        return (context with { ClientValues = values }, null);
    }

    private async Task<ApiCallResult> RequireAuthenticationAsync(CallScope call, ConversationClientData? data, AuthenticationOutcome outcome, CancellationToken cancellationToken)
    {
        var reason = outcome.Reason!.Value;
        if (outcome.DropClientData)
        {
            var tokens = await _conversations.ListTokensAsync(call.Request.ConversationId, cancellationToken);
            await _conversations.DeleteClientDataAsync(call.Request.ConversationId, cancellationToken);
            _revoker.RevokeInBackground(tokens);
            Log.ClientDataDropped(_logger, call.Request.ConversationId, reason.ToString());
        }

        Log.AuthenticationRequired(_logger, call.Request.ConversationId, call.Connection.Id, call.Request.Environment.ToName(), reason.ToString());
        _events.Publish(new AuthenticationRequestedEvent
        {
            ConversationId = call.Request.ConversationId,
            CustomerExternalId = data?.CustomerExternalId,
            OccurredAt = _timeProvider.GetUtcNow(),
            ConnectionId = call.Connection.Id,
            Environment = call.Request.Environment,
            AuthenticationMethodId = call.Method.Id,
            Reason = reason,
            MissingKeys = outcome.MissingKeys,
        });
        return ApiCallResult.AuthenticationRequired(reason, outcome.MissingKeys);
    }

    /// <summary>Returns whether a method reads the conversation's client data.</summary>
    internal static bool UsesClientData(AuthenticationMethod method) =>
        method.Type == AuthenticationMethodType.OAuth2AuthorizationCode || method.Settings.ClientAuthentication?.Enabled == true;

    /// <summary>Returns every client data path that the method's templates read.</summary>
    internal static IEnumerable<string> ClientDataPaths(AuthenticationMethod method)
    {
        IEnumerable<string> templates = method.Settings switch
        {
            OAuthAuthorizationCodeSettings code => code.Headers.Select(TemplateText)
                .Append(code.AuthorizationCodeReference)
                .Append(code.RedirectUri)
                .Concat(code.CodeVerifierReference is null ? [] : [code.CodeVerifierReference]),
            OAuthSettings oauth => oauth.Headers.Select(TemplateText),
            CustomHeaderSettings custom => custom.Headers.Select(TemplateText),
            _ => [],
        };
        return templates.SelectMany(t => Template.ParseValid(t).AuthPaths).Distinct(StringComparer.Ordinal);
    }

    private static string TemplateText(HeaderSetting header) => header.Value ?? header.SecretValue!.Reveal();

    private sealed record CallScope(ApiCallRequest Request, ApiConnection Connection, AuthenticationMethod Method, Uri Url);
}
