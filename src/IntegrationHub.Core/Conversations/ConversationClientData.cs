using IntegrationHub.Secrets;

namespace IntegrationHub.Conversations;

/// <summary>The client authentication data that the end user's side posted for a conversation.</summary>
/// <param name="DataId">Identifies this posting; tokens obtained from it carry the same id.</param>
/// <param name="AuthJson">The <c>auth</c> object as JSON text.</param>
public sealed record ConversationClientData(
    string ConversationId,
    Guid DataId,
    string? CustomerExternalId,
    Secret AuthJson,
    DateTimeOffset ReceivedAt,
    string? StreamId);
