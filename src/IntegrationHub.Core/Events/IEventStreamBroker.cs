namespace IntegrationHub.Events;

/// <summary>Creates event streams, redeems streaming URLs and delivers events, with replay of missed events.</summary>
public interface IEventStreamBroker
{
    /// <summary>Creates a stream, or issues a new ticket for an existing one when <paramref name="streamId"/> names it.</summary>
    StreamTicket OpenTicket(string? streamId);

    /// <summary>Returns whether a stream with this id exists.</summary>
    bool StreamExists(string streamId);

    /// <summary>Redeems a ticket once; returns the stream id, or <see langword="null"/> when the ticket is unknown, used or expired.</summary>
    string? RedeemTicket(string streamId, string token);

    /// <summary>
    /// Yields the events that the stream missed after <paramref name="lastEventId"/> (or after its last delivered event), then live events until cancelled.
    /// </summary>
    IAsyncEnumerable<HubEvent> SubscribeAsync(string streamId, long? lastEventId, CancellationToken cancellationToken = default);
}
