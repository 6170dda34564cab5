using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace IntegrationHub.Console.Tests.Infrastructure;

/// <summary>REST calls that prepare data for the console tests and check what the console saved.</summary>
public static class HubApi
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Creates an authentication method and returns its id; fails the test on any other status than 201.</summary>
    public static async Task<string> CreateMethodAsync(this HttpClient admin, object method)
    {
        using var response = await admin.PostAsJsonAsync("/v1/authentication-methods", method);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating the method returned {(int)response.StatusCode}: {body}");
        return body.GetProperty("id").GetString()!;
    }

    /// <summary>Creates a connection whose two environments use <paramref name="methodId"/> and <paramref name="baseUrl"/>; returns its id.</summary>
    public static async Task<string> CreateConnectionAsync(this HttpClient admin, string name, Uri baseUrl, string methodId)
    {
        var environment = new { baseUrl = baseUrl.AbsoluteUri, authenticationMethodId = methodId };
        using var response = await admin.PostAsJsonAsync("/v1/api-connections", new { name, environments = new { sandbox = environment, production = environment } });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating the connection returned {(int)response.StatusCode}: {body}");
        return body.GetProperty("id").GetString()!;
    }

    /// <summary>Returns the method with this name from <c>GET /v1/authentication-methods</c>, or <see langword="null"/>.</summary>
    public static async Task<JsonElement?> FindMethodAsync(this HttpClient admin, string name)
    {
        var list = await (await admin.GetAsync("/v1/authentication-methods")).ReadJsonAsync();
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            if (item.GetProperty("name").GetString() == name)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Returns the connection with this name from <c>GET /v1/api-connections</c>, or <see langword="null"/>.</summary>
    public static async Task<JsonElement?> FindConnectionAsync(this HttpClient admin, string name)
    {
        var list = await (await admin.GetAsync("/v1/api-connections")).ReadJsonAsync();
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            if (item.GetProperty("name").GetString() == name)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Makes a call through a connection and returns the envelope; fails the test unless the status is 200.</summary>
    public static async Task<JsonElement> CallAsync(this HttpClient client, string conversationId, string connection, string path, string environment = "sandbox")
    {
        using var response = await client.PostAsJsonAsync($"/v1/conversations/{conversationId}/calls", new { connection, environment, method = "GET", path });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The call returned {(int)response.StatusCode}: {body}");
        return body;
    }

    public static string Outcome(this JsonElement envelope) => envelope.GetProperty("outcome").GetString()!;

    public static int UpstreamStatus(this JsonElement envelope) => envelope.GetProperty("response").GetProperty("status").GetInt32();
}
