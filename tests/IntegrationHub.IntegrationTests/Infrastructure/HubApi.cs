using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>Shortcuts for the REST calls that most tests make.</summary>
public static class HubApi
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Creates an authentication method and returns its id; fails the test on any other status than 201.</summary>
    public static async Task<string> CreateMethodAsync(this HttpClient admin, string json)
    {
        using var response = await admin.PostAsync("/v1/authentication-methods", Json(json));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating the method returned {(int)response.StatusCode}: {body}");
        return body.GetProperty("id").GetString()!;
    }

    /// <summary>Creates a connection whose environments both use <paramref name="methodId"/> and <paramref name="baseUrl"/>; returns its id.</summary>
    public static async Task<string> CreateConnectionAsync(this HttpClient admin, string name, Uri baseUrl, string methodId, string? productionMethodId = null)
    {
        var json = JsonSerializer.Serialize(new
        {
            name,
            environments = new
            {
                sandbox = new { baseUrl = baseUrl.AbsoluteUri, authenticationMethodId = methodId },
                production = new { baseUrl = baseUrl.AbsoluteUri, authenticationMethodId = productionMethodId ?? methodId },
            },
        });
        using var response = await admin.PostAsync("/v1/api-connections", Json(json));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating the connection returned {(int)response.StatusCode}: {body}");
        return body.GetProperty("id").GetString()!;
    }

    public static async Task AuthenticateAsync(this HttpClient client, string conversationId, object auth, string customerExternalId = "customer-1")
    {
        using var response = await client.PostAsJsonAsync($"/v1/conversations/{conversationId}/authenticate", new { customerExternalId, auth });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"authenticate returned {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Makes a call and returns the envelope; fails the test unless the status is 200.</summary>
    public static async Task<JsonElement> CallAsync(this HttpClient client, string conversationId, string connection, string path, string environment = "sandbox", string method = "GET")
    {
        using var response = await client.PostAsJsonAsync($"/v1/conversations/{conversationId}/calls", new { connection, environment, method, path });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The call returned {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>Opens a stream and connects to its streaming URL.</summary>
    public static async Task<SseClient> OpenStreamAsync(this HttpClient client, string? streamId = null)
    {
        using var response = await client.PostAsJsonAsync("/v1/streams", new { streamId });
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sse = await SseClient.ConnectAsync(body.GetProperty("streamingUrl").GetString()!);
        Assert.Equal(200, sse.Status);
        return sse;
    }

    public static string Outcome(this JsonElement envelope) => envelope.GetProperty("outcome").GetString()!;

    public static int UpstreamStatus(this JsonElement envelope) => envelope.GetProperty("response").GetProperty("status").GetInt32();
}
