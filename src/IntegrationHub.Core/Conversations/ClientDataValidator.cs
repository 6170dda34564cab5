using System.Text.Json;
using IntegrationHub.Validation;

namespace IntegrationHub.Conversations;

/// <summary>
/// Checks the reserved keys of client data that are forwarded upstream: <c>headers</c>, <c>cookies</c> and <c>body</c>.
/// </summary>
internal static class ClientDataValidator
{
    public static void Validate(JsonElement auth, ValidationErrors errors)
    {
        if (auth.TryGetProperty("headers", out var headers))
        {
            ValidateHeaders(headers, errors);
        }

        if (auth.TryGetProperty("cookies", out var cookies))
        {
            ValidateCookies(cookies, errors);
        }

        if (auth.TryGetProperty("body", out var body) && body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("auth.body", "The reserved key 'body' must be a JSON object; its keys are merged into JSON object request bodies.");
        }
    }

    private static void ValidateHeaders(JsonElement headers, ValidationErrors errors)
    {
        if (headers.ValueKind != JsonValueKind.Object)
        {
            errors.Add("auth.headers", "The reserved key 'headers' must be a JSON object of header names to string values; they are sent upstream.");
            return;
        }

        foreach (var header in headers.EnumerateObject())
        {
            var path = "auth.headers." + header.Name;
            if (!HttpSyntax.IsToken(header.Name))
            {
                errors.Add(path, $"The header name '{header.Name}' is not a valid RFC 9110 token.");
            }
            else if (ManagedHeaders.Names.Contains(header.Name))
            {
                errors.Add(path, $"The header '{header.Name}' is set by IntegrationHub and cannot come from client data.");
            }
            else if (header.Value.ValueKind != JsonValueKind.String || HttpSyntax.HasForbiddenValueCharacter(header.Value.GetString()!))
            {
                errors.Add(path, "A header value must be a string of printable ASCII characters.");
            }
        }
    }

    private static void ValidateCookies(JsonElement cookies, ValidationErrors errors)
    {
        if (cookies.ValueKind != JsonValueKind.Object)
        {
            errors.Add("auth.cookies", "The reserved key 'cookies' must be a JSON object of cookie names to string values; they are sent as one Cookie header.");
            return;
        }

        foreach (var cookie in cookies.EnumerateObject())
        {
            // RFC 6265 §4.1.1: cookie-octet is printable ASCII without whitespace, '"', ',', ';' and '\'.
            var valid = HttpSyntax.IsToken(cookie.Name)
                && cookie.Value.ValueKind == JsonValueKind.String
                && cookie.Value.GetString()!.All(c => c is > ' ' and <= '~' and not '"' and not ',' and not ';' and not '\\');
            if (!valid)
            {
                errors.Add("auth.cookies." + cookie.Name, "A cookie needs a token name and a string value of printable ASCII without spaces, quotes, commas, semicolons or backslashes (RFC 6265 §4.1.1).");
            }
        }
    }
}
