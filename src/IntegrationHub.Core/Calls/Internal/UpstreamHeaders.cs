using System.Text;
using System.Text.Json;
using IntegrationHub.Authentication;
using IntegrationHub.Validation;

namespace IntegrationHub.Calls.Internal;

/// <summary>
/// Combines the caller's headers, the forwarded <c>headers</c> and <c>cookies</c> of client data, and the method's headers,
/// in that order: later sources replace same-named headers (names compared without case).
/// </summary>
internal static class UpstreamHeaders
{
    public static MergedHeaders Merge(
        IReadOnlyList<KeyValuePair<string, string>> callerHeaders,
        ClientDataValues? clientData,
        IReadOnlyList<KeyValuePair<string, string>> methodHeaders)
    {
        var headers = new Dictionary<string, KeyValuePair<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in callerHeaders)
        {
            headers[header.Key] = header;
        }

        if (clientData is not null)
        {
            var error = AddClientData(clientData, headers);
            if (error is not null)
            {
                return new MergedHeaders([], null, error);
            }
        }

        foreach (var header in methodHeaders)
        {
            headers[header.Key] = header;
        }

        string? contentType = null;
        if (headers.Remove("Content-Type", out var type))
        {
            contentType = type.Value;
        }

        return new MergedHeaders([.. headers.Values], contentType, null);
    }

    private static CallError? AddClientData(ClientDataValues clientData, Dictionary<string, KeyValuePair<string, string>> headers)
    {
        if (clientData.GetObject("headers") is { } forwarded)
        {
            foreach (var property in forwarded.EnumerateObject())
            {
                // Validated when the data was posted; checked again because the data outlives the rules that checked it.
                if (property.Value.ValueKind != JsonValueKind.String || !HttpSyntax.IsToken(property.Name) || ManagedHeaders.Names.Contains(property.Name))
                {
                    continue;
                }

                var value = property.Value.GetString()!;
                if (HttpSyntax.HasForbiddenValueCharacter(value))
                {
                    return Invalid($"The client data header '{property.Name}' contains CR, LF or NUL; nothing was sent.");
                }

                headers[property.Name] = new(property.Name, value);
            }
        }

        if (clientData.GetObject("cookies") is { } cookies)
        {
            var builder = new StringBuilder();
            foreach (var property in cookies.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                var value = property.Value.GetString()!;
                if (HttpSyntax.HasForbiddenValueCharacter(value) || value.Contains(';', StringComparison.Ordinal) || !HttpSyntax.IsToken(property.Name))
                {
                    return Invalid($"The client data cookie '{property.Name}' is not a valid cookie (RFC 6265 §4.2.1); nothing was sent.");
                }

                builder.Append(builder.Length > 0 ? "; " : string.Empty).Append(property.Name).Append('=').Append(value);
            }

            if (builder.Length > 0)
            {
                headers["Cookie"] = new("Cookie", builder.ToString());
            }
        }

        return null;
    }

    private static CallError Invalid(string message) => new(CallErrorCodes.InvalidHeaderValue, message);
}
