namespace IntegrationHub.Validation;

/// <summary>Syntax rules of HTTP fields.</summary>
public static class HttpSyntax
{
    // RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    /// <summary>Returns whether a header name is an RFC 9110 token.</summary>
    public static bool IsToken(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || TokenSymbols.Contains(c, StringComparison.Ordinal));

    /// <summary>Returns whether a header value contains CR, LF or NUL, which would split or truncate the header.</summary>
    public static bool HasForbiddenValueCharacter(string value) =>
        value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0;

    /// <summary>The longest URL accepted in settings, which is also the storage column length.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Returns whether a string is an absolute <c>http</c> or <c>https</c> URL of at most <see cref="MaxUrlLength"/> characters, without a fragment or user info.</summary>
    public static bool IsHttpUrl(string value, out Uri? uri)
    {
        uri = null;
        if (value.Length > MaxUrlLength || !Uri.TryCreate(value, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            || parsed.Fragment.Length > 0
            || parsed.UserInfo.Length > 0
            || string.IsNullOrEmpty(parsed.Host))
        {
            return false;
        }

        uri = parsed;
        return true;
    }
}
