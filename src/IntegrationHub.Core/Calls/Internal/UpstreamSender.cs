using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.Authentication;
using IntegrationHub.Validation;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Calls.Internal;

/// <summary>Sends one request to an upstream API and reads its response within the configured limits.</summary>
internal sealed class UpstreamSender
{
    /// <summary>The name of the <see cref="HttpClient"/> used for upstream APIs; it follows no redirects and keeps no cookies.</summary>
    public const string HttpClientName = "IntegrationHub.Upstream";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptionsMonitor<CallOptions> _options;

    public UpstreamSender(IHttpClientFactory httpClientFactory, IOptionsMonitor<CallOptions> options)
    {
        _httpClientFactory = httpClientFactory;
        _options = options;
    }

    public async Task<UpstreamSendResult> SendAsync(
        ApiCallRequest call,
        Uri url,
        AuthenticationOutcome credentials,
        ClientDataValues? forwardedClientData,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(call.Method, url);
        var headers = UpstreamHeaders.Merge(call.Headers, forwardedClientData, credentials.Headers);
        if (headers.Error is not null)
        {
            return UpstreamSendResult.Fail(headers.Error);
        }

        request.Content = CreateContent(call, headers.ContentType, forwardedClientData);
        foreach (var (name, value) in headers.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content ??= new ByteArrayContent([]);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        var options = _options.CurrentValue;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.UpstreamTimeout);
        var client = _httpClientFactory.CreateClient(HttpClientName);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return await ReadAsync(response, options.MaxResponseBodyBytes, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return UpstreamSendResult.Fail(new CallError(CallErrorCodes.UpstreamTimeout, $"The upstream API at {url.Authority} did not respond within {options.UpstreamTimeout.TotalSeconds:0} s."));
        }
        catch (HttpRequestException exception)
        {
            return UpstreamSendResult.Fail(new CallError(CallErrorCodes.UpstreamUnreachable, $"The upstream API at {url.Authority} could not be reached ({exception.HttpRequestError})."));
        }
    }

    private static StringContent? CreateContent(ApiCallRequest call, string? contentType, ClientDataValues? forwardedClientData)
    {
        if (call.Body is not { } body)
        {
            return null;
        }

        // A string body with a caller-given Content-Type is sent as that text, such as form data or XML.
        if (body.ValueKind == JsonValueKind.String && contentType is not null)
        {
            var text = new StringContent(body.GetString()!, Encoding.UTF8);
            text.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed : null;
            return text;
        }

        var json = forwardedClientData?.GetObject("body") is { } extra && body.ValueKind == JsonValueKind.Object
            ? JsonBodyMerger.Merge(body, extra)
            : body.GetRawText();
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var type)
            ? type
            : new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static async Task<UpstreamSendResult> ReadAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            // Cookies set by the upstream belong to IntegrationHub's client, not to the agent.
            if (!string.Equals(name, "Set-Cookie", StringComparison.OrdinalIgnoreCase))
            {
                headers[name] = string.Join(", ", values);
            }
        }

        var bytes = await ReadLimitedAsync(response.Content, maxBytes, cancellationToken);
        if (bytes is null)
        {
            return UpstreamSendResult.Fail(new CallError(CallErrorCodes.ResponseTooLarge, $"The upstream response body is larger than {maxBytes} bytes, the configured limit."));
        }

        var status = (int)response.StatusCode;
        if (bytes.Length == 0)
        {
            return UpstreamSendResult.Success(new UpstreamResponse(status, headers, null, null));
        }

        if (IsJson(response.Content.Headers.ContentType?.MediaType))
        {
            try
            {
                using var document = JsonDocument.Parse(bytes);

                // A body with undecodable strings cannot be returned as JSON; it is returned as text below.
                if (JsonTextValidator.FindInvalidString(document.RootElement) is null)
                {
                    return UpstreamSendResult.Success(new UpstreamResponse(status, headers, document.RootElement.Clone(), null));
                }
            }
            catch (JsonException)
            {
                // Returned as text below: the upstream declared JSON but sent something else.
            }
        }

        return UpstreamSendResult.Success(new UpstreamResponse(status, headers, null, Encoding.UTF8.GetString(bytes)));
    }

    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
