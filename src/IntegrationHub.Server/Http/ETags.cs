using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace IntegrationHub.Server.Http;

/// <summary>Converts entity versions to and from strong entity tags (RFC 9110 §8.8.3).</summary>
internal static class ETags
{
    public static string Format(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// Reads <c>If-Match</c>: no version when the header is absent or <c>*</c>; -1 for a well-formed tag that is not one of ours, which never matches;
    /// and an error message for a header that is not one strong entity tag.
    /// </summary>
    public static (long? Version, string? Error) ParseIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return (null, null);
        }

        if (!EntityTagHeaderValue.TryParseStrictList([header], out var tags) || tags.Count != 1 || tags[0].IsWeak)
        {
            return (null, "The If-Match header must be one strong entity tag from an ETag header, such as \"3\".");
        }

        var value = tags[0].Tag.Value!.Trim('"');
        return (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1, null);
    }
}
