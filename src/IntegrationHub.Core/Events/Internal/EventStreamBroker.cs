using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Events.Internal;

/// <summary>An in-memory event broker: one sequence for all events, a replay buffer, and one channel per connected stream.</summary>
/// <remarks>NOTE: state lives in this process, so streams and replay do not survive a restart and are not shared between nodes.</remarks>
internal sealed class EventStreamBroker : IEventStreamBroker, IEventPublisher
{
    private readonly Lock _gate = new();
    private readonly Queue<HubEvent> _buffer = new();
    private readonly ConcurrentDictionary<string, StreamState> _streams = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StreamTicket> _tickets = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly IOptionsMonitor<EventStreamOptions> _options;
    private readonly ILogger<EventStreamBroker> _logger;
    private long _sequence;

    public EventStreamBroker(TimeProvider timeProvider, IOptionsMonitor<EventStreamOptions> options, ILogger<EventStreamBroker> logger)
    {
        _timeProvider = timeProvider;
        _options = options;
        _logger = logger;
    }

    public StreamTicket OpenTicket(string? streamId)
    {
        RemoveIdleStreams();
        var now = _timeProvider.GetUtcNow();
        var id = string.IsNullOrEmpty(streamId) ? CreateRandomId() : streamId;
        var stream = _streams.GetOrAdd(id, key =>
        {
            lock (_gate)
            {
                return new StreamState(key, Volatile.Read(ref _sequence), now);
            }
        });
        stream.LastActivity = now;

        var ticket = new StreamTicket(id, CreateRandomId(), now + _options.CurrentValue.StreamingUrlLifetime);
        _tickets[ticket.Token] = ticket;
        return ticket;
    }

    public bool StreamExists(string streamId) => _streams.ContainsKey(streamId);

    public string? RedeemTicket(string streamId, string token)
    {
        // A ticket presented with another stream's id stays usable for its own stream.
        if (!_tickets.TryGetValue(token, out var ticket)
            || !string.Equals(ticket.StreamId, streamId, StringComparison.Ordinal)
            || !_tickets.TryRemove(new KeyValuePair<string, StreamTicket>(token, ticket)))
        {
            return null;
        }

        var valid = ticket.ExpiresAt > _timeProvider.GetUtcNow() && _streams.ContainsKey(streamId);
        return valid ? streamId : null;
    }

    public HubEvent Publish(HubEvent hubEvent)
    {
        HubEvent published;
        StreamState[] streams;
        lock (_gate)
        {
            published = hubEvent with { Sequence = ++_sequence };
            _buffer.Enqueue(published);
            while (_buffer.Count > _options.CurrentValue.ReplayBufferSize)
            {
                _buffer.Dequeue();
            }

            streams = [.. _streams.Values];
        }

        var delivered = 0;
        foreach (var stream in streams)
        {
            var channel = stream.Channel;

            // A client that cannot keep up is disconnected; on reconnect it replays what it missed from the buffer.
            if (channel is not null && !channel.Writer.TryWrite(published))
            {
                channel.Writer.TryComplete();
            }
            else if (channel is not null)
            {
                delivered++;
            }
        }

        Log.EventPublished(_logger, published.EventId, published.Type, delivered);
        return published;
    }

    public async IAsyncEnumerable<HubEvent> SubscribeAsync(string streamId, long? lastEventId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!_streams.TryGetValue(streamId, out var stream))
        {
            yield break;
        }

        var channel = Channel.CreateBounded<HubEvent>(new BoundedChannelOptions(_options.CurrentValue.ClientQueueSize)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        HubEvent[] missed;
        lock (_gate)
        {
            var after = lastEventId ?? stream.LastDelivered;
            missed = [.. _buffer.Where(e => e.Sequence > after)];

            // A newer connection replaces an older one of the same stream.
            stream.Channel?.Writer.TryComplete();
            stream.Channel = channel;
        }

        try
        {
            foreach (var hubEvent in missed)
            {
                stream.MarkDelivered(hubEvent.Sequence, _timeProvider.GetUtcNow());
                yield return hubEvent;
            }

            var last = missed.Length > 0 ? missed[^1].Sequence : 0;
            await foreach (var hubEvent in channel.Reader.ReadAllAsync(cancellationToken))
            {
                if (hubEvent.Sequence <= last)
                {
                    continue;
                }

                stream.MarkDelivered(hubEvent.Sequence, _timeProvider.GetUtcNow());
                yield return hubEvent;
            }
        }
        finally
        {
            lock (_gate)
            {
                if (ReferenceEquals(stream.Channel, channel))
                {
                    stream.Channel = null;
                }
            }

            stream.LastActivity = _timeProvider.GetUtcNow();
        }
    }

    private void RemoveIdleStreams()
    {
        var cutoff = _timeProvider.GetUtcNow() - _options.CurrentValue.IdleStreamLifetime;
        foreach (var (id, stream) in _streams)
        {
            if (stream.Channel is null && stream.LastActivity < cutoff)
            {
                _streams.TryRemove(id, out _);
            }
        }

        var now = _timeProvider.GetUtcNow();
        foreach (var (token, ticket) in _tickets)
        {
            if (ticket.ExpiresAt <= now)
            {
                _tickets.TryRemove(token, out _);
            }
        }
    }

    private static string CreateRandomId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private sealed class StreamState(string id, long lastDelivered, DateTimeOffset createdAt)
    {
        private long _lastDelivered = lastDelivered;

        public string Id { get; } = id;

        public long LastDelivered => Volatile.Read(ref _lastDelivered);

        public DateTimeOffset LastActivity { get; set; } = createdAt;

        public Channel<HubEvent>? Channel { get; set; }

        public void MarkDelivered(long sequence, DateTimeOffset now)
        {
            Volatile.Write(ref _lastDelivered, sequence);
            LastActivity = now;
        }
    }
}
