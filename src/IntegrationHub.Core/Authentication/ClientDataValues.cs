using System.Text.Json;
using IntegrationHub.Templates;

namespace IntegrationHub.Authentication;

/// <summary>Template values read from a conversation's client data by dotted path, such as <c>user.id</c> or <c>headers.X-User-Id</c>.</summary>
public sealed class ClientDataValues : ITemplateValues
{
    private readonly JsonElement _root;

    public ClientDataValues(JsonElement root, string? accessToken = null)
    {
        _root = root;
        AccessToken = accessToken;
    }

    public string? AccessToken { get; }

    public JsonElement Root => _root;

    /// <summary>Returns a copy that also resolves <c>{OAuth.access_token}</c>.</summary>
    public ClientDataValues WithAccessToken(string accessToken) => new(_root, accessToken);

    /// <summary>Returns the value at the path: strings as they are, numbers and booleans as JSON text; objects, arrays, null and absent keys count as missing.</summary>
    public string? GetClientValue(string path)
    {
        var current = _root;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number => current.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    /// <summary>Returns the object under a top-level key, such as the reserved <c>headers</c>, <c>cookies</c> and <c>body</c> keys.</summary>
    public JsonElement? GetObject(string key) =>
        _root.ValueKind == JsonValueKind.Object && _root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;
}
