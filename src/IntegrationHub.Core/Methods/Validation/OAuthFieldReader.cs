using System.Text.Json;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads the simple fields of OAuth settings: enumerations, URLs, scope, resources and parameter maps.</summary>
internal static class OAuthFieldReader
{
    // Token request parameters that IntegrationHub sets itself (RFC 6749 §4.1.3, §4.4.2, §6, §2.3.1; RFC 8707; RFC 7636).
    private static readonly HashSet<string> ReservedParameters = new(StringComparer.Ordinal)
    {
        "grant_type", "client_id", "client_secret", "code", "redirect_uri", "refresh_token", "code_verifier", "scope", "audience", "resource",
    };

    private const int MaxScopeLength = 4096;

    public static T Enum<T>(JsonFieldReader reader, string name, T defaultValue, params (string Name, T Value)[] values)
        where T : struct
    {
        var text = reader.String(name);
        if (text is null)
        {
            return defaultValue;
        }

        foreach (var (valueName, value) in values)
        {
            if (string.Equals(text, valueName, StringComparison.Ordinal))
            {
                return value;
            }
        }

        reader.Errors.Add(reader.PathOf(name), $"The value '{text}' is not known; use one of: {string.Join(", ", values.Select(v => $"'{v.Name}'"))}.");
        return defaultValue;
    }

    public static Uri? Url(JsonFieldReader reader, string name, bool required)
    {
        var text = reader.String(name, required);
        if (text is null)
        {
            return null;
        }

        if (!HttpSyntax.IsHttpUrl(text, out var uri))
        {
            reader.Errors.Add(reader.PathOf(name), $"The field '{name}' must be an absolute http or https URL of at most 2048 characters, without user info or fragment, such as 'https://auth.example.com/oauth/token'.");
            return null;
        }

        return uri;
    }

    public static string? OptionalText(JsonFieldReader reader, string name)
    {
        var text = reader.String(name);
        if (text is not null && text.Any(char.IsControl))
        {
            reader.Errors.Add(reader.PathOf(name), $"The field '{name}' must not contain control characters.");
            return null;
        }

        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>Reads <c>scope</c> as a space-delimited string or an array of scope tokens (RFC 6749 §3.3).</summary>
    public static string? Scope(JsonFieldReader reader)
    {
        var values = StringOrArray(reader, "scope");
        if (values is null)
        {
            return null;
        }

        var tokens = values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (tokens.Sum(t => t.Length + 1) > MaxScopeLength)
        {
            reader.Errors.Add(reader.PathOf("scope"), $"The scopes must be at most {MaxScopeLength} characters long together.");
            return null;
        }


        // scope-token = 1*( %x21 / %x23-5B / %x5D-7E ): printable ASCII without space, '"' and '\'.
        if (tokens.Any(t => t.Any(c => c < 0x21 || c > 0x7E || c == '"' || c == '\\')))
        {
            reader.Errors.Add(reader.PathOf("scope"), "Each scope must be printable ASCII without spaces, quotes or backslashes (RFC 6749 §3.3).");
            return null;
        }

        return tokens.Count == 0 ? null : string.Join(' ', tokens);
    }

    /// <summary>Reads <c>resource</c> as one absolute URI or an array of them, without fragments (RFC 8707 §2).</summary>
    public static List<string> Resources(JsonFieldReader reader)
    {
        var values = StringOrArray(reader, "resource") ?? [];
        foreach (var value in values)
        {
            if (!HttpSyntax.IsAbsoluteUri(value) || value.Contains('#', StringComparison.Ordinal) || value.Length > HttpSyntax.MaxUrlLength)
            {
                reader.Errors.Add(reader.PathOf("resource"), $"The resource '{value}' must be an absolute URI without a fragment (RFC 8707 §2).");
            }
        }

        return values;
    }

    public static Dictionary<string, string> Parameters(JsonFieldReader reader, string name)
    {
        var map = reader.StringMap(name);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map is null)
        {
            return parameters;
        }

        foreach (var (key, value) in map)
        {
            var path = reader.PathOf(name) + "." + key;
            if (key.Length == 0 || key.Any(char.IsControl))
            {
                reader.Errors.Add(path, "A parameter name must not be empty or contain control characters.");
            }
            else if (ReservedParameters.Contains(key))
            {
                reader.Errors.Add(path, $"The parameter '{key}' is set by IntegrationHub; use the matching setting instead.");
            }
            else
            {
                parameters[key] = value;
            }
        }

        return parameters;
    }

    private static List<string>? StringOrArray(JsonFieldReader reader, string name)
    {
        if (reader.Raw(name) is not { } raw)
        {
            return null;
        }

        if (raw.ValueKind == JsonValueKind.String)
        {
            return [raw.GetString()!];
        }

        if (raw.ValueKind == JsonValueKind.Array && raw.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0))
        {
            return [.. raw.EnumerateArray().Select(v => v.GetString()!)];
        }

        reader.Errors.Add(reader.PathOf(name), $"The field '{name}' must be a string or an array of non-empty strings.");
        return null;
    }
}
