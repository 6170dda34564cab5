using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace IntegrationHub.Server.Http;

/// <summary>Converts entity versions to and from strong entity tags (RFC 9110 §8.8.3).</summary>
internal static class ETags
{
    public static string Format(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// Reads the version from <c>If-Match</c>: <see langword="null"/> when the header is absent or <c>*</c>,
    /// and -1 when it names no version of ours, which never matches.
    /// </summary>
    public static long? ParseIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList([header], out var tags) || tags.Count != 1 || tags[0].IsWeak)
        {
            return -1;
        }

        var value = tags[0].Tag.Value!.Trim('"');
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
    }
}
