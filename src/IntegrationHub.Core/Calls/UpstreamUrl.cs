using System.Text;

namespace IntegrationHub.Calls;

/// <summary>Builds the upstream URL from a connection's base URL and a caller's path, and checks that it stays under the base URL.</summary>
public static class UpstreamUrl
{
    /// <summary>Returns an error message when a path could leave the base URL, or <see langword="null"/> when it is safe.</summary>
    public static string? ValidatePath(string path)
    {
        if (path.Length == 0 || path[0] != '/')
        {
            return "The path must start with '/', such as '/orders/42'; it is appended to the environment's base URL.";
        }

        if (path.StartsWith("//", StringComparison.Ordinal) || path.Contains("://", StringComparison.Ordinal))
        {
            return "The path must be relative to the base URL, not an absolute URL or a network-path reference.";
        }

        if (path.Contains('\\', StringComparison.Ordinal) || path.Any(char.IsControl) || path.Contains(' ', StringComparison.Ordinal))
        {
            return "The path must not contain backslashes, spaces or control characters; percent-encode them.";
        }

        if (path.Contains('?', StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal))
        {
            return "The path must not contain '?' or '#'; pass query parameters in 'query'.";
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return "The path contains an invalid percent-encoding.";
        }

        // Dot segments, also percent-encoded or behind an encoded slash, would climb out of the base path (RFC 3986 §5.2.4).
        var segments = decoded.Replace('\\', '/').Split('/');
        if (segments.Any(s => s is "." or ".."))
        {
            return "The path must not contain '.' or '..' segments.";
        }

        return null;
    }

    /// <summary>Joins a base URL, a validated path and query parameters, and checks that the result stays under the base URL.</summary>
    public static Uri? Build(Uri baseUrl, string path, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var basePath = baseUrl.AbsolutePath.TrimEnd('/');
        var builder = new StringBuilder();
        builder.Append(baseUrl.GetLeftPart(UriPartial.Authority)).Append(basePath).Append(path);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        if (!Uri.TryCreate(builder.ToString(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var stays = uri.Scheme == baseUrl.Scheme
            && string.Equals(uri.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase)
            && uri.Port == baseUrl.Port
            && uri.AbsolutePath.StartsWith(basePath + "/", StringComparison.Ordinal);
        return stays ? uri : null;
    }
}
