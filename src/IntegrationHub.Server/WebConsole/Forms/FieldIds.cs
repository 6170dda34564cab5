using System.Text;

namespace IntegrationHub.Server.WebConsole.Forms;

/// <summary>Derives the HTML id of a form field from the JSON path of the value it edits, so that an error can link to its field.</summary>
internal static class FieldIds
{
    // Fields that edit a whole object, such as a text area with one token parameter a line, take the errors of its members.
    private static readonly string[] ObjectFields = ["settings.additionalTokenParameters"];

    /// <summary>Returns the id for a path: <c>settings.headers[1].value</c> becomes <c>settings-headers-1-value</c>.</summary>
    public static string For(string path)
    {
        if (path.Length == 0 || path == "$")
        {
            return "error-summary";
        }

        var owner = ObjectFields.FirstOrDefault(field => path.StartsWith(field + ".", StringComparison.Ordinal)) ?? path;
        var id = new StringBuilder(owner.Length);
        foreach (var character in owner)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                id.Append(character);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().TrimEnd('-');
    }
}
