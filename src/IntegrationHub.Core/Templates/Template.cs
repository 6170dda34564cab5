using System.Text;

namespace IntegrationHub.Templates;

/// <summary>
/// A parsed value template such as <c>Bearer {Auth.client_token}</c>.
/// </summary>
/// <remarks>
/// Placeholders are <c>{Auth.&lt;dotted.path&gt;}</c> and <c>{OAuth.access_token}</c>; <c>{{</c> and <c>}}</c> stand for literal braces.
/// </remarks>
public sealed class Template
{
    internal Template(string text, IReadOnlyList<TemplateSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    public IReadOnlyList<TemplateSegment> Segments { get; }

    /// <summary>The dotted paths of every <c>{Auth.…}</c> placeholder, in order of appearance.</summary>
    public IEnumerable<string> AuthPaths =>
        Segments.Where(s => s.Source == TemplateSource.Auth).Select(s => s.Text).Distinct(StringComparer.Ordinal);

    public bool UsesClientData => Segments.Any(s => s.Source == TemplateSource.Auth);

    public bool UsesAccessToken => Segments.Any(s => s.Source == TemplateSource.OAuthAccessToken);

    /// <summary>Parses a template, returning <see langword="null"/> and an error message when the text is invalid.</summary>
    public static Template? TryParse(string text, out string? error) => TemplateParser.Parse(text, out error);

    /// <summary>Parses a template that was validated before; throws when it is invalid.</summary>
    public static Template ParseValid(string text) =>
        TryParse(text, out var error) ?? throw new InvalidOperationException("A stored template is invalid: " + error);

    /// <summary>Resolves every placeholder, or reports the client data paths that have no value.</summary>
    public TemplateResolution Resolve(ITemplateValues values)
    {
        var builder = new StringBuilder();
        List<string>? missing = null;
        foreach (var segment in Segments)
        {
            string? value = segment.Source switch
            {
                null => segment.Text,
                TemplateSource.Auth => values.GetClientValue(segment.Text),
                TemplateSource.OAuthAccessToken => values.AccessToken,
                _ => null,
            };

            if (value is null)
            {
                missing ??= [];
                missing.Add(segment.Source == TemplateSource.Auth ? segment.Text : "OAuth.access_token");
                continue;
            }

            builder.Append(value);
        }

        return missing is null ? TemplateResolution.Resolved(builder.ToString()) : TemplateResolution.Missing(missing);
    }

    public override string ToString() => Text;
}
