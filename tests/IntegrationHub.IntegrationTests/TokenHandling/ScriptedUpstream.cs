using System.Collections.Concurrent;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>
/// An upstream API on 127.0.0.1 that records every request and, by default, returns <c>200</c> with the <c>Authorization</c>
/// header it received as JSON (<c>{"authorization": …}</c>). <see cref="RejectToken"/> makes it return <c>401</c> with
/// <c>WWW-Authenticate: Bearer error="invalid_token"</c> to one bearer token, and <see cref="Responder"/> scripts any other response.
/// </summary>
public sealed class ScriptedUpstream : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _rejected = new(StringComparer.Ordinal);
    private WebApplication _app = null!;

    private ScriptedUpstream()
    {
    }

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The <c>Authorization</c> header of every request, oldest first, <c>null</c> where none was sent.</summary>
    public IReadOnlyList<string?> AuthorizationHeaders => [.. Requests.Select(r => r.Headers.GetValueOrDefault("Authorization"))];

    /// <summary>Creates the response to a request before the rejected tokens are checked. A <c>null</c> result falls through to the default behaviour.</summary>
    public Func<RecordedRequest, ScriptedResponse?>? Responder { get; set; }

    public static async Task<ScriptedUpstream> StartAsync()
    {
        var upstream = new ScriptedUpstream();
        (upstream._app, upstream.BaseAddress) = await LoopbackServer.StartAsync(upstream.HandleAsync);
        return upstream;
    }

    /// <summary>Makes requests that carry <c>Authorization: Bearer <paramref name="accessToken"/></c> get <paramref name="status"/> with an <c>invalid_token</c> challenge.</summary>
    public void RejectToken(string accessToken, int status = 401) => _rejected[accessToken] = status;

    /// <summary>The RFC 6750 §3 response to an expired or revoked bearer token.</summary>
    public static ScriptedResponse InvalidToken(int status = 401) =>
        ScriptedResponse.Json("""{"error":"invalid_token"}""", status) with
        {
            Headers = new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer error=\"invalid_token\", error_description=\"The access token expired\"" },
        };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body);
        Requests.Enqueue(request);

        var authorization = headers.GetValueOrDefault("Authorization");
        var response = Responder?.Invoke(request);
        if (response is null && authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            && _rejected.TryGetValue(authorization["Bearer ".Length..], out var status))
        {
            response = InvalidToken(status);
        }

        response ??= ScriptedResponse.Json(JsonSerializer.Serialize(new { authorization, method = request.Method, path = request.PathAndQuery }));
        var stopping = _app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await LoopbackServer.WriteAsync(context, response, stopping);
    }
}
