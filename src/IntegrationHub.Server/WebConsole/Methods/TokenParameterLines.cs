using System.Text;
using System.Text.Json.Nodes;
using IntegrationHub.Server.WebConsole.Forms;

namespace IntegrationHub.Server.WebConsole.Methods;

/// <summary>Converts the text area of extra token request parameters, one <c>name=value</c> a line, to and from a JSON object.</summary>
internal static class TokenParameterLines
{
    public const string Path = "settings.additionalTokenParameters";

    /// <summary>Parses the lines; a non-blank line without <c>=</c> is reported as an error of the text area.</summary>
    public static JsonObject Parse(string? text, FormErrors errors)
    {
        var parameters = new JsonObject();
        var lineNumber = 0;
        foreach (var line in (text ?? string.Empty).Split('\n'))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var separator = trimmed.IndexOf('=', StringComparison.Ordinal);
            if (separator < 0)
            {
                errors.Add(Path, $"Line {lineNumber} has no '='; write each parameter as name=value, such as tenant=acme.");
                continue;
            }

            parameters[trimmed[..separator].Trim()] = trimmed[(separator + 1)..].Trim();
        }

        return parameters;
    }

    public static string Format(JsonObject? parameters)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in parameters ?? [])
        {
            text.Append(name).Append('=').Append(value?.GetValue<string>()).Append('\n');
        }

        return text.ToString();
    }
}
