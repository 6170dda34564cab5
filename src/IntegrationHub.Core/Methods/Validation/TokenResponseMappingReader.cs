using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads <c>tokenResponseMapping</c>: dotted paths to the token fields of a non-standard token response.</summary>
internal static class TokenResponseMappingReader
{
    public static TokenResponseMapping? Read(JsonFieldReader reader)
    {
        var item = reader.Object("tokenResponseMapping");
        if (item is null)
        {
            return null;
        }

        var accessToken = ReadPath(item, "accessToken");
        var refreshToken = ReadPath(item, "refreshToken");
        var expiresIn = ReadPath(item, "expiresIn");
        var expiresAt = ReadPath(item, "expiresAt");
        var unit = OAuthFieldReader.Enum(item, "expiresInUnit", ExpiresInUnit.Seconds, ("seconds", ExpiresInUnit.Seconds), ("milliseconds", ExpiresInUnit.Milliseconds), ("minutes", ExpiresInUnit.Minutes));
        item.RejectUnknownFields();
        return new TokenResponseMapping(accessToken, refreshToken, expiresIn, unit, expiresAt);
    }

    /// <summary>Reads a dotted path such as <c>data.token</c>; a leading <c>$.</c> is accepted and dropped.</summary>
    internal static string? ReadPath(JsonFieldReader reader, string name)
    {
        var text = reader.String(name);
        if (text is null)
        {
            return null;
        }

        var path = text.StartsWith("$.", StringComparison.Ordinal) ? text[2..] : text;
        if (path.Length == 0 || path.Split('.').Any(s => s.Length == 0 || s.Any(char.IsControl)))
        {
            reader.Errors.Add(reader.PathOf(name), $"The path '{text}' is invalid; write dotted property names such as 'data.access_token'.");
            return null;
        }

        return path;
    }
}
