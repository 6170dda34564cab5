using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using IntegrationHub.Events;
using IntegrationHub.Server.Contracts;
using IntegrationHub.Server.Http;

namespace IntegrationHub.Server.WebConsole.Events;

/// <summary>
/// Maps <c>GET /events/stream</c>, the server-sent events behind the console's events page. It authenticates with the
/// console cookie, so that the browser's <c>EventSource</c> can reconnect on its own, which a single-use streaming URL would not allow.
/// </summary>
internal static class ConsoleEventStreamEndpoint
{
    public const string Path = "/events/stream";

    public static void MapConsoleEventStream(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, Connect)
            .RequireAuthorization(ConsoleDefaults.Policy)
            .ExcludeFromDescription();

    private static EventStreamResult Connect(HttpContext context, IEventStreamBroker broker)
    {
        // Every connection gets a stream of its own, so that a console tab never takes over an agent runtime's stream.
        var ticket = broker.OpenTicket(streamId: null);
        broker.RedeemTicket(ticket.StreamId, ticket.Token);

        // A first connection replays the events still in the replay buffer; a reconnect continues after the last event it received.
        var lastEventId = long.TryParse(context.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        return new EventStreamResult(ReadEventsAsync(broker, ticket.StreamId, lastEventId, context.RequestAborted));
    }

    private static async IAsyncEnumerable<SseItem<string>> ReadEventsAsync(
        IEventStreamBroker broker,
        string streamId,
        long lastEventId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var hubEvent in broker.SubscribeAsync(streamId, lastEventId, cancellationToken))
        {
            yield return new SseItem<string>(EventWriter.Write(hubEvent), hubEvent.Type) { EventId = hubEvent.EventId };
        }
    }
}
