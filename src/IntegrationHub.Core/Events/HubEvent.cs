namespace IntegrationHub.Events;

/// <summary>An event on the event stream; serialized as JSON in the SSE <c>data:</c> field.</summary>
/// <remarks>Events never carry a secret or a piece of client authentication data.</remarks>
public abstract record HubEvent
{
    /// <summary>The position of the event in this node's event sequence; also the SSE <c>id:</c>.</summary>
    public long Sequence { get; init; }

    public string EventId => Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public abstract string Type { get; }

    public required string ConversationId { get; init; }

    public string? CustomerExternalId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
