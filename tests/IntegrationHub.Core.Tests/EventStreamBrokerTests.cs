using IntegrationHub.Calls;
using IntegrationHub.Connections;
using IntegrationHub.Events;
using IntegrationHub.Events.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Tests;

public sealed class EventStreamBrokerTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    private EventStreamBroker CreateBroker() =>
        new(_time, new OptionsMonitorStub(new EventStreamOptions()), NullLogger<EventStreamBroker>.Instance);

    [Fact]
    public void RedeemTicket_SecondUse_IsRejected()
    {
        var broker = CreateBroker();
        var ticket = broker.OpenTicket(null);

        Assert.Equal(ticket.StreamId, broker.RedeemTicket(ticket.StreamId, ticket.Token));
        Assert.Null(broker.RedeemTicket(ticket.StreamId, ticket.Token));
    }

    [Fact]
    public void RedeemTicket_After30Seconds_IsRejected()
    {
        var broker = CreateBroker();
        var ticket = broker.OpenTicket(null);

        _time.Advance(TimeSpan.FromSeconds(31));

        Assert.Null(broker.RedeemTicket(ticket.StreamId, ticket.Token));
    }

    [Fact]
    public void RedeemTicket_OtherStream_IsRejected()
    {
        var broker = CreateBroker();
        var first = broker.OpenTicket("a");
        broker.OpenTicket("b");

        Assert.Null(broker.RedeemTicket("b", first.Token));
    }

    [Fact]
    public void RedeemTicket_WrongStream_KeepsTicket()
    {
        var broker = CreateBroker();
        var ticket = broker.OpenTicket("a");
        broker.OpenTicket("b");

        Assert.Null(broker.RedeemTicket("b", ticket.Token));
        Assert.Equal("a", broker.RedeemTicket("a", ticket.Token));
    }

    [Fact]
    public async Task Subscribe_Reconnect_ReplaysMissedEvents()
    {
        var broker = CreateBroker();
        var ticket = broker.OpenTicket("s1");
        broker.Publish(Event("c1"));
        broker.Publish(Event("c2"));

        var received = await ReadAsync(broker, "s1", null, 2);
        Assert.Equal(["c1", "c2"], received.Select(e => e.ConversationId));

        broker.Publish(Event("c3"));
        var reconnected = broker.OpenTicket(ticket.StreamId);
        Assert.Equal("s1", reconnected.StreamId);
        var missed = await ReadAsync(broker, "s1", null, 1);
        Assert.Equal(["c3"], missed.Select(e => e.ConversationId));
    }

    [Fact]
    public async Task Subscribe_LastEventId_ReplaysAfterIt()
    {
        var broker = CreateBroker();
        broker.OpenTicket("s1");
        var first = broker.Publish(Event("c1"));
        broker.Publish(Event("c2"));

        var replayed = await ReadAsync(broker, "s1", first.Sequence, 1);

        Assert.Equal("c2", Assert.Single(replayed).ConversationId);
    }

    private static async Task<List<HubEvent>> ReadAsync(EventStreamBroker broker, string streamId, long? lastEventId, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var events = new List<HubEvent>();
        await foreach (var hubEvent in broker.SubscribeAsync(streamId, lastEventId, timeout.Token))
        {
            events.Add(hubEvent);
            if (events.Count == count)
            {
                break;
            }
        }

        return events;
    }

    private AuthenticationRequestedEvent Event(string conversationId) => new()
    {
        ConversationId = conversationId,
        OccurredAt = _time.GetUtcNow(),
        ConnectionId = Guid.NewGuid(),
        Environment = ApiEnvironment.Sandbox,
        AuthenticationMethodId = Guid.NewGuid(),
        Reason = AuthenticationRequiredReason.MissingClientData,
        MissingKeys = ["token"],
    };

    private sealed class OptionsMonitorStub(EventStreamOptions value) : IOptionsMonitor<EventStreamOptions>
    {
        public EventStreamOptions CurrentValue => value;

        public EventStreamOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<EventStreamOptions, string?> listener) => null;
    }
}
