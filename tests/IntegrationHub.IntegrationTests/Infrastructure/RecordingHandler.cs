using System.Collections.Concurrent;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>Keeps the headers and body of every response an HTTP client receives, so that tests can search them for secrets.</summary>
public sealed class RecordingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<string> _responses;

    public RecordingHandler(ConcurrentQueue<string> responses)
        : base(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        _responses = responses;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        _responses.Enqueue($"{request.Method} {request.RequestUri} -> {(int)response.StatusCode}\n{response.Headers}{response.Content.Headers}\n{body}");
        return response;
    }
}
