using System.Text;

namespace IntegrationHub.Templates;

/// <summary>Parses the template syntax described on <see cref="Template"/>.</summary>
internal static class TemplateParser
{
    private const string AuthPrefix = "Auth.";
    private const string AccessTokenPlaceholder = "OAuth.access_token";

    public static Template? Parse(string text, out string? error)
    {
        var segments = new List<TemplateSegment>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '}')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    literal.Append('}');
                    i += 2;
                    continue;
                }

                error = $"Unexpected '}}' at position {i}; write '}}}}' for a literal brace.";
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i += 2;
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                error = $"The placeholder that starts at position {i} has no closing '}}'.";
                return null;
            }

            var name = text[(i + 1)..end];
            var segment = ParsePlaceholder(name, out error);
            if (segment is null)
            {
                return null;
            }

            if (literal.Length > 0)
            {
                segments.Add(new TemplateSegment(literal.ToString(), null));
                literal.Clear();
            }

            segments.Add(segment);
            i = end + 1;
        }

        if (literal.Length > 0)
        {
            segments.Add(new TemplateSegment(literal.ToString(), null));
        }

        error = null;
        return new Template(text, segments);
    }

    private static TemplateSegment? ParsePlaceholder(string name, out string? error)
    {
        error = null;
        if (string.Equals(name, AccessTokenPlaceholder, StringComparison.Ordinal))
        {
            return new TemplateSegment(name, TemplateSource.OAuthAccessToken);
        }

        if (!name.StartsWith(AuthPrefix, StringComparison.Ordinal))
        {
            error = $"Unknown placeholder '{{{name}}}'; use {{Auth.<path>}} or {{OAuth.access_token}}.";
            return null;
        }

        var path = name[AuthPrefix.Length..];
        if (path.Length == 0 || path.Split('.').Any(s => s.Length == 0 || s.Any(char.IsWhiteSpace) || s.Contains('{', StringComparison.Ordinal)))
        {
            error = $"The placeholder '{{{name}}}' has an invalid path; write {{Auth.key}} or {{Auth.parent.key}} without spaces or empty segments.";
            return null;
        }

        return new TemplateSegment(path, TemplateSource.Auth);
    }
}
