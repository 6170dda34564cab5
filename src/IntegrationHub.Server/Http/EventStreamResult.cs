using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Http.Features;

namespace IntegrationHub.Server.Http;

/// <summary>
/// Writes server-sent events with <see cref="SseFormatter"/>, flushing the response headers first.
/// </summary>
/// <remarks>
/// <c>TypedResults.ServerSentEvents</c> sends the headers with the first event, so a client would not see the
/// stream open until something happened; clients need to know that they are subscribed before they act.
/// </remarks>
internal sealed class EventStreamResult(IAsyncEnumerable<SseItem<string>> events) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache,no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.FlushAsync(httpContext.RequestAborted);

        try
        {
            await SseFormatter.WriteAsync(events, response.Body, httpContext.RequestAborted);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client disconnected.
        }
    }
}
