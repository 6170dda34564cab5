using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using IntegrationHub.Events;
using IntegrationHub.Server.Contracts;
using IntegrationHub.Server.Http;
using IntegrationHub.Server.Security;
using IntegrationHub.Validation;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Server.Endpoints;

/// <summary>Maps <c>POST /v1/streams</c> (also under ASAPP's public path) and the single-use SSE endpoint it hands out.</summary>
internal static class StreamEndpoints
{
    private const int MaxStreamIdLength = 200;

    public static void MapStreamEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/streams", CreateAsync)
            .RequireAuthorization(ApiKeyDefaults.RuntimePolicy)
            .WithTags("Streams")
            .WithName("CreateStream")
            .Accepts<StreamRequest>("application/json")
            .Produces<StreamResponse>()
            .ProducesValidationProblem();
        app.MapPost("/generativeagent/v1/streams", CreateAsync)
            .RequireAuthorization(ApiKeyDefaults.RuntimePolicy)
            .ExcludeFromDescription();

        // The token in the URL is the credential, so that browsers' EventSource, which cannot send headers, can connect.
        app.MapGet("/v1/streams/{streamId}/events", Connect)
            .AllowAnonymous()
            .WithTags("Streams")
            .WithName("ConnectStream")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IEventStreamBroker broker, IOptions<ServerOptions> options, CancellationToken cancellationToken)
    {
        string? streamId = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var (body, problem) = await JsonBody.ReadAsync(request, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            var errors = new ValidationErrors();
            streamId = ReadStreamId(body!.Value, errors);
            if (errors.HasErrors)
            {
                return Problems.Validation(errors);
            }
        }

        var ticket = broker.OpenTicket(streamId);
        var baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
        var url = $"{baseUrl}/v1/streams/{Uri.EscapeDataString(ticket.StreamId)}/events?token={ticket.Token}";
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new StreamResponse(ticket.StreamId, url, HubEventTypes.All));
    }

    private static string? ReadStreamId(System.Text.Json.JsonElement body, ValidationErrors errors)
    {
        if (body.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            errors.Add("$", "The request body must be a JSON object such as {\"streamId\": \"…\"} or {}.");
            return null;
        }

        var reader = new JsonFieldReader(body, string.Empty, errors);
        var text = reader.String("streamId");
        reader.RejectUnknownFields();
        if (text is null)
        {
            return null;
        }

        // The id is a path segment of the streaming URL, so it is limited to RFC 3986 unreserved characters.
        if (text.Length is 0 or > MaxStreamIdLength || text is "." or ".." || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'))
        {
            errors.Add("streamId", $"The stream id must be 1 to {MaxStreamIdLength} letters, digits, '-', '.', '_' or '~' (not '.' or '..' alone); omit it to create a new stream.");
            return null;
        }

        return text;
    }

    private static IResult Connect(string streamId, string? token, HttpContext context, IEventStreamBroker broker, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger("IntegrationHub.Server.Streams");
        if (token is null || broker.RedeemTicket(streamId, token) is null)
        {
            ServerLog.StreamTicketRejected(logger, streamId);
            return TypedResults.Problem(
                detail: "The streaming URL is unknown, already used or expired; request a new one with POST /v1/streams.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Invalid streaming URL");
        }

        long? lastEventId = long.TryParse(context.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return new EventStreamResult(ReadEventsAsync(streamId, lastEventId, broker, logger, context.RequestAborted));
    }

    private static async IAsyncEnumerable<SseItem<string>> ReadEventsAsync(
        string streamId,
        long? lastEventId,
        IEventStreamBroker broker,
        ILogger logger,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ServerLog.StreamConnected(logger, streamId);
        try
        {
            await foreach (var hubEvent in broker.SubscribeAsync(streamId, lastEventId, cancellationToken))
            {
                yield return new SseItem<string>(EventWriter.Write(hubEvent), hubEvent.Type) { EventId = hubEvent.EventId };
            }
        }
        finally
        {
            ServerLog.StreamDisconnected(logger, streamId);
        }
    }
}
