using IntegrationHub.Conversations;

namespace IntegrationHub.Storage.Conversations;

/// <summary>The row of a conversation's current <see cref="ConversationClientData"/>.</summary>
internal sealed class ConversationClientDataEntity
{
    public required string ConversationId { get; set; }

    public Guid DataId { get; set; }

    public string? CustomerExternalId { get; set; }

    /// <summary>The encrypted <c>auth</c> JSON.</summary>
    public required string ProtectedAuthJson { get; set; }

    public long ReceivedAtUtcTicks { get; set; }

    public string? StreamId { get; set; }
}
