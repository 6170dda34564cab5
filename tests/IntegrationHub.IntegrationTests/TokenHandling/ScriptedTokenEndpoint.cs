using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>
/// A token endpoint (<c>/token</c>) and revocation endpoint (<c>/revoke</c>) on 127.0.0.1 whose responses the test scripts, for the
/// deviations from RFC 6749 that a real authorization server would never produce. It records every request as received.
/// </summary>
/// <remarks>
/// A token request gets the first response queued with <see cref="Enqueue"/>, otherwise the response of <see cref="Responder"/>,
/// which by default issues the next numbered token (<c>atk_1</c> with refresh token <c>rtk_1</c>, one hour).
/// A revocation request gets <c>200</c>, and any other path <c>404</c>.
/// </remarks>
public sealed class ScriptedTokenEndpoint : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedResponse> _queued = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private WebApplication _app = null!;
    private int _issued;

    private ScriptedTokenEndpoint()
    {
        Responder = _ => IssueToken();
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri TokenUrl => new(BaseAddress, "token");

    public Uri RevocationUrl => new(BaseAddress, "revoke");

    /// <summary>Every request received, on any path, oldest first.</summary>
    public ConcurrentQueue<RecordedTokenRequest> Requests { get; } = new();

    public IReadOnlyList<RecordedTokenRequest> TokenRequests => [.. Requests.Where(r => r.Path == "/token")];

    public IReadOnlyList<RecordedTokenRequest> RevocationRequests => [.. Requests.Where(r => r.Path == "/revoke")];

    /// <summary>Creates the response to a token request when nothing is queued.</summary>
    public Func<RecordedTokenRequest, ScriptedResponse> Responder { get; set; }

    public static async Task<ScriptedTokenEndpoint> StartAsync()
    {
        var endpoint = new ScriptedTokenEndpoint();
        (endpoint._app, endpoint.BaseAddress) = await LoopbackServer.StartAsync(endpoint.HandleAsync);
        return endpoint;
    }

    /// <summary>Queues responses for the next token requests, in order, before <see cref="Responder"/> is called again.</summary>
    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _queued.Enqueue(response);
        }
    }

    /// <summary>Returns a standard token response with the next numbered access token (<c>atk_n</c>) and refresh token (<c>rtk_n</c>).</summary>
    public ScriptedResponse IssueToken(int? expiresIn = 3600, bool withRefreshToken = true, string? tokenType = "Bearer")
    {
        var number = Interlocked.Increment(ref _issued);
        return ScriptedResponse.Token(AccessToken(number), withRefreshToken ? RefreshToken(number) : null, expiresIn, tokenType);
    }

    /// <summary>The access token that the n-th issued token response carries.</summary>
    public static string AccessToken(int number) => $"atk_{number}";

    /// <summary>The refresh token that the n-th issued token response carries.</summary>
    public static string RefreshToken(int number) => $"rtk_{number}";

    /// <summary>Waits until a request that matches <paramref name="predicate"/> has arrived, and fails the test after <paramref name="timeout"/>.</summary>
    public async Task<RecordedTokenRequest> WaitForRequestAsync(Func<RecordedTokenRequest, bool> predicate, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (Requests.FirstOrDefault(predicate) is { } match)
            {
                return match;
            }

            try
            {
                await _arrivals.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"No matching request reached the scripted token endpoint; it received {Requests.Count}: {string.Join(", ", Requests.Select(r => r.Path))}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrivals.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedTokenRequest(context.Request.Method, context.Request.Path.Value ?? "/", headers, body);
        Requests.Enqueue(request);
        _arrivals.Release();

        var response = request.Path switch
        {
            "/token" => _queued.TryDequeue(out var queued) ? queued : Responder(request),
            "/revoke" => ScriptedResponse.Text(200, null, string.Empty),
            _ => ScriptedResponse.Text(404, null, string.Empty),
        };
        var stopping = _app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await LoopbackServer.WriteAsync(context, response, stopping);
    }
}
