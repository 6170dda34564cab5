using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>
/// A request that <see cref="ScriptedTokenEndpoint"/> received: method, path, every header, the raw body, and the body's fields
/// parsed from <c>application/x-www-form-urlencoded</c> or JSON with repeated names kept in order.
/// </summary>
public sealed class RecordedTokenRequest
{
    public RecordedTokenRequest(string method, string path, IReadOnlyDictionary<string, string> headers, string rawBody)
    {
        Method = method;
        Path = path;
        Headers = headers;
        RawBody = rawBody;
        IsJson = MediaType is { } type && (type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal));
        Fields = IsJson ? ParseJson(rawBody) : ParseForm(rawBody);
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>Every request header, with names compared without case and repeated headers joined with commas.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public string RawBody { get; }

    /// <summary>The body's name and value pairs in the order sent. A JSON array yields one pair per element.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

    /// <summary>Whether the body was sent as JSON rather than as a form.</summary>
    public bool IsJson { get; }

    public string? MediaType =>
        Headers.TryGetValue("Content-Type", out var value) && MediaTypeHeaderValue.TryParse(value, out var parsed) ? parsed.MediaType : null;

    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    public string? GrantType => Field("grant_type");

    public IReadOnlyList<string> FieldNames => [.. Fields.Select(f => f.Key).Distinct(StringComparer.Ordinal)];

    /// <summary>Returns the first value of the field <paramref name="name"/>, or <c>null</c> when it is absent.</summary>
    public string? Field(string name) => Fields.Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();

    /// <summary>Returns every value of the field <paramref name="name"/>, in the order sent.</summary>
    public IReadOnlyList<string> Values(string name) => [.. Fields.Where(f => f.Key == name).Select(f => f.Value)];

    /// <summary>Decodes a Basic <c>Authorization</c> header into the text before and after the first colon, without form-urldecoding.</summary>
    public (string UserId, string Password)? BasicCredentials()
    {
        if (Authorization is not { } header || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : (decoded[..colon], decoded[(colon + 1)..]);
    }

    private static List<KeyValuePair<string, string>> ParseForm(string body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            fields.Add(new(Decode(name), Decode(value)));
        }

        return fields;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static List<KeyValuePair<string, string>> ParseJson(string body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return fields;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return fields;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    fields.AddRange(property.Value.EnumerateArray().Select(item => new KeyValuePair<string, string>(property.Name, TextOf(item))));
                }
                else
                {
                    fields.Add(new(property.Name, TextOf(property.Value)));
                }
            }
        }

        return fields;
    }

    private static string TextOf(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
