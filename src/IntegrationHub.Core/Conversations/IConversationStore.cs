namespace IntegrationHub.Conversations;

/// <summary>Persists each conversation's client authentication data and per-conversation tokens, encrypted at rest.</summary>
public interface IConversationStore
{
    Task<ConversationClientData?> GetClientDataAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores client data in place of earlier data and deletes the conversation's tokens, except those obtained from an authorization code
    /// whose hash is in <paramref name="retainedCodeHashes"/>: those now belong to the new data, so that a code posted again is not exchanged again.
    /// </summary>
    Task ReplaceClientDataAsync(ConversationClientData data, IReadOnlySet<string>? retainedCodeHashes = null, CancellationToken cancellationToken = default);

    /// <summary>Returns every token of the conversation with the id of the method that obtained it.</summary>
    Task<IReadOnlyList<KeyValuePair<Guid, ConversationToken>>> ListTokensAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the client data and every token of the conversation; returns whether data existed.</summary>
    Task<bool> DeleteClientDataAsync(string conversationId, CancellationToken cancellationToken = default);

    Task<ConversationToken?> GetTokenAsync(string conversationId, Guid methodId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a token when the conversation's current client data is the data it was obtained from; returns whether it was stored.
    /// </summary>
    Task<bool> SaveTokenAsync(string conversationId, Guid methodId, ConversationToken token, CancellationToken cancellationToken = default);

    Task DeleteTokenAsync(string conversationId, Guid methodId, CancellationToken cancellationToken = default);
}
