using System.Text.Json;
using System.Threading.Channels;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>Reads server-sent events from a streaming URL over a real HTTP connection.</summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpClient _client = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly Channel<SseMessage> _messages = Channel.CreateUnbounded<SseMessage>();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;

    /// <summary>The HTTP status of the streaming response.</summary>
    public int Status { get; private set; }

    public static async Task<SseClient> ConnectAsync(string streamingUrl, string? lastEventId = null)
    {
        var sse = new SseClient();
        var request = new HttpRequestMessage(HttpMethod.Get, streamingUrl);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await sse._client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, sse._stop.Token);
        sse.Status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            sse._reader = sse.ReadAsync(response);
        }
        else
        {
            response.Dispose();
        }

        return sse;
    }

    /// <summary>Waits for the next event of <paramref name="type"/>, skipping others.</summary>
    public async Task<SseMessage> NextAsync(string type, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var message = await _messages.Reader.ReadAsync(cancel.Token);
            if (message.Type == type)
            {
                return message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reader is not null)
        {
            try
            {
                await _reader;
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException)
            {
                // The connection ends with the cancellation above.
            }
        }

        _client.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            await using var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
            using var reader = new StreamReader(stream);
            string? id = null, type = null, data = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data is not null)
                    {
                        await _messages.Writer.WriteAsync(new SseMessage(id, type ?? "message", data, JsonDocument.Parse(data).RootElement.Clone()), _stop.Token);
                    }

                    id = type = data = null;
                }
                else if (line.StartsWith("id:", StringComparison.Ordinal))
                {
                    id = line[3..].Trim();
                }
                else if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    type = line[6..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data = (data is null ? string.Empty : data + "\n") + line[5..].TrimStart();
                }
            }
        }
    }
}
