namespace IntegrationHub.Validation;

/// <summary>Syntax rules of HTTP fields.</summary>
public static class HttpSyntax
{
    // RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    /// <summary>Returns whether a header name is an RFC 9110 token.</summary>
    public static bool IsToken(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || TokenSymbols.Contains(c, StringComparison.Ordinal));

    /// <summary>
    /// Returns whether a header value contains a character that cannot be sent: CR, LF, NUL or another control character (which would split
    /// or corrupt the header, RFC 9110 §5.5), or a non-ASCII character, which .NET's HTTP client rejects.
    /// </summary>
    public static bool HasForbiddenValueCharacter(string value) =>
        value.Any(c => (c < 0x20 && c != '\t') || c > 0x7E);

    /// <summary>
    /// Returns whether a string is an absolute URI with an explicit scheme; on Unix .NET reads a rooted path such as <c>/cb</c> as a <c>file:</c> URI, which is not accepted here.
    /// </summary>
    public static bool IsAbsoluteUri(string value) =>
        !value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (!uri.IsFile || value.StartsWith("file:", StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns whether the path of a URL has '.' or '..' segments, also percent-encoded, which <see cref="Uri"/> would silently remove.</summary>
    public static bool HasDotSegments(string value)
    {
        var schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        var pathStart = schemeEnd < 0 ? -1 : value.IndexOf('/', schemeEnd + 3);
        if (pathStart < 0)
        {
            return false;
        }

        var path = value[pathStart..];
        var end = path.IndexOfAny(['?', '#']);
        var decoded = Uri.UnescapeDataString(end < 0 ? path : path[..end]);
        return decoded.Split('/').Any(segment => segment is "." or "..");
    }

    /// <summary>Returns whether text contains a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), which can make a name display as another.</summary>
    public static bool HasBidiControl(string text) => text.Any(c => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));

    /// <summary>The longest URL accepted in settings, which is also the storage column length.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Returns whether a string is an absolute <c>http</c> or <c>https</c> URL of at most <see cref="MaxUrlLength"/> characters, without a fragment or user info.</summary>
    public static bool IsHttpUrl(string value, out Uri? uri)
    {
        uri = null;
        if (value.Length > MaxUrlLength || value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) || !Uri.TryCreate(value, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            || parsed.Fragment.Length > 0
            || parsed.UserInfo.Length > 0
            || string.IsNullOrEmpty(parsed.Host)
            || HasDotSegments(value))
        {
            return false;
        }

        uri = parsed;
        return true;
    }
}
