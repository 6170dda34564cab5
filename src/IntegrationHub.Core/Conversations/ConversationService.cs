using System.Text.Json;
using IntegrationHub.Common;
using IntegrationHub.Events;
using IntegrationHub.Secrets;
using IntegrationHub.Validation;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Conversations;

/// <summary>Stores and drops conversations' client authentication data.</summary>
public sealed class ConversationService
{
    /// <summary>The largest <c>auth</c> object accepted, in bytes of JSON.</summary>
    public const int MaxAuthBytes = 64 * 1024;

    public const int MaxExternalIdLength = 200;

    private readonly IConversationStore _store;
    private readonly TokenRevoker _revoker;
    private readonly IEventPublisher _events;
    private readonly IEventStreamBroker _streams;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConversationService> _logger;

    internal ConversationService(IConversationStore store, TokenRevoker revoker, IEventPublisher events, IEventStreamBroker streams, TimeProvider timeProvider, ILogger<ConversationService> logger)
    {
        _store = store;
        _revoker = revoker;
        _events = events;
        _streams = streams;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Validates an <c>authenticate</c> body and stores its data in place of the conversation's earlier data and tokens.</summary>
    public async Task<OperationResult<ConversationClientData>> AuthenticateAsync(string conversationId, JsonElement body, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (ConversationIds.Validate(conversationId) is { } idError)
        {
            errors.Add("conversationId", idError);
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "The request body must be a JSON object.");
            return OperationResult<ConversationClientData>.Invalid(errors);
        }

        var reader = new JsonFieldReader(body, string.Empty, errors);
        var externalId = reader.String("customerExternalId", required: true);
        if (externalId is not null && (externalId.Length is 0 or > MaxExternalIdLength || externalId.Any(char.IsControl)))
        {
            errors.Add("customerExternalId", $"The customer external id must be 1 to {MaxExternalIdLength} characters long, without control characters.");
        }

        var auth = ReadAuth(reader);
        var streamId = reader.String("streamId");
        if (streamId is not null && !_streams.StreamExists(streamId))
        {
            errors.Add("streamId", $"No stream has the id '{streamId}'; create one with POST /v1/streams or omit the field.");
        }

        reader.RejectUnknownFields();
        if (errors.HasErrors)
        {
            return OperationResult<ConversationClientData>.Invalid(errors);
        }

        var data = new ConversationClientData(conversationId, Guid.NewGuid(), externalId, new Secret(auth!), _timeProvider.GetUtcNow(), streamId);

        // Tokens from an authorization code that the new data posts again stay, so that the code is not exchanged twice.
        var previousTokens = await _store.ListTokensAsync(conversationId, cancellationToken);
        var retained = CodeHashes.OfStringValues(body.GetProperty("auth"));
        await _store.ReplaceClientDataAsync(data, retained, cancellationToken);
        _revoker.RevokeInBackground([.. previousTokens.Where(t => !retained.Contains(t.Value.CodeHash))]);
        Log.ClientDataStored(_logger, conversationId);
        _events.Publish(new AuthenticationReceivedEvent { ConversationId = conversationId, CustomerExternalId = externalId, OccurredAt = data.ReceivedAt });
        return OperationResult<ConversationClientData>.Success(data);
    }

    /// <summary>Drops a conversation's client data and tokens; returns whether there was any.</summary>
    public async Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var tokens = await _store.ListTokensAsync(conversationId, cancellationToken);
        var deleted = await _store.DeleteClientDataAsync(conversationId, cancellationToken);
        _revoker.RevokeInBackground(tokens);
        if (deleted)
        {
            Log.ClientDataDropped(_logger, conversationId, "a delete request");
        }

        return deleted;
    }

    private static string? ReadAuth(JsonFieldReader reader)
    {
        if (reader.Raw("auth") is not { } auth)
        {
            reader.Errors.Add("auth", "The field 'auth' is required: a JSON object with at least one property, such as {\"client_token\": \"…\"}.");
            return null;
        }

        if (auth.ValueKind != JsonValueKind.Object || !auth.EnumerateObject().Any())
        {
            reader.Errors.Add("auth", "The field 'auth' must be a JSON object with at least one property.");
            return null;
        }

        ClientDataValidator.Validate(auth, reader.Errors);
        var json = auth.GetRawText();
        if (System.Text.Encoding.UTF8.GetByteCount(json) > MaxAuthBytes)
        {
            reader.Errors.Add("auth", $"The field 'auth' must be at most {MaxAuthBytes} bytes of JSON.");
            return null;
        }

        return json;
    }
}
