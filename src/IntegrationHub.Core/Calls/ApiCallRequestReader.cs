using System.Globalization;
using System.Text.Json;
using IntegrationHub.Connections;
using IntegrationHub.Validation;

namespace IntegrationHub.Calls;

/// <summary>Reads and validates the JSON body of <c>POST /v1/conversations/{id}/calls</c>.</summary>
public static class ApiCallRequestReader
{
    private static readonly HashSet<string> AllowedMethods = new(StringComparer.Ordinal)
    {
        "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
    };

    public static ApiCallRequest? Read(string conversationId, JsonElement body, ValidationErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "The request body must be a JSON object.");
            return null;
        }

        var reader = new JsonFieldReader(body, string.Empty, errors);
        var connection = reader.String("connection", required: true);
        if (connection is { Length: 0 })
        {
            errors.Add("connection", "The connection must be a connection id or name.");
        }

        var environment = ReadEnvironment(reader);
        var method = ReadMethod(reader);
        var path = ReadPath(reader);
        var query = ReadQuery(reader);
        var headers = ReadHeaders(reader);
        var payload = reader.Raw("body");
        reader.RejectUnknownFields();

        if (errors.HasErrors)
        {
            return null;
        }

        return new ApiCallRequest(conversationId, connection!, environment!.Value, method!, path!, query, headers, payload?.Clone());
    }

    private static ApiEnvironment? ReadEnvironment(JsonFieldReader reader)
    {
        var text = reader.String("environment", required: true);
        if (text is null)
        {
            return null;
        }

        if (!ApiEnvironmentNames.TryParse(text, out var environment))
        {
            reader.Errors.Add("environment", $"The environment '{text}' is not known; use 'sandbox' or 'production'.");
        }

        return environment;
    }

    private static HttpMethod? ReadMethod(JsonFieldReader reader)
    {
        var text = reader.String("method", required: true);
        if (text is null)
        {
            return null;
        }

        var upper = text.ToUpperInvariant();
        if (!AllowedMethods.Contains(upper))
        {
            reader.Errors.Add("method", $"The method '{text}' is not supported; use one of {string.Join(", ", AllowedMethods)}.");
            return null;
        }

        return HttpMethod.Parse(upper);
    }

    private static string? ReadPath(JsonFieldReader reader)
    {
        var path = reader.String("path", required: true);
        if (path is null)
        {
            return null;
        }

        var error = UpstreamUrl.ValidatePath(path);
        if (error is not null)
        {
            reader.Errors.Add("path", error);
            return null;
        }

        return path;
    }

    private static List<KeyValuePair<string, string>> ReadQuery(JsonFieldReader reader)
    {
        var result = new List<KeyValuePair<string, string>>();
        if (reader.Raw("query") is not { } query)
        {
            return result;
        }

        if (query.ValueKind != JsonValueKind.Object)
        {
            reader.Errors.Add("query", "The query must be a JSON object of names to strings, numbers, booleans or arrays of them.");
            return result;
        }

        foreach (var property in query.EnumerateObject())
        {
            var values = property.Value.ValueKind == JsonValueKind.Array ? [.. property.Value.EnumerateArray()] : new[] { property.Value };
            foreach (var value in values)
            {
                var text = ScalarText(value);
                if (text is null)
                {
                    reader.Errors.Add("query." + property.Name, "A query value must be a string, number or boolean, or an array of them.");
                    break;
                }

                result.Add(new(property.Name, text));
            }
        }

        return result;
    }

    private static List<KeyValuePair<string, string>> ReadHeaders(JsonFieldReader reader)
    {
        var result = new List<KeyValuePair<string, string>>();
        var map = reader.StringMap("headers");
        if (map is null)
        {
            return result;
        }

        foreach (var (name, value) in map)
        {
            var path = "headers." + name;
            if (!HttpSyntax.IsToken(name))
            {
                reader.Errors.Add(path, $"The header name '{name}' is not a valid RFC 9110 token.");
            }
            else if (ManagedHeaders.Names.Contains(name))
            {
                reader.Errors.Add(path, $"The header '{name}' is set by IntegrationHub and cannot be sent by the caller.");
            }
            else if (HttpSyntax.HasForbiddenValueCharacter(value))
            {
                reader.Errors.Add(path, "A header value must be printable ASCII: no CR, LF, other control characters or non-ASCII characters.");
            }
            else
            {
                result.Add(new(name, value));
            }
        }

        return result;
    }

    private static string? ScalarText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
        JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
        _ => null,
    };
}
