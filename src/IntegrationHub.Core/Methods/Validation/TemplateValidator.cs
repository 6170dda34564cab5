using IntegrationHub.Templates;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Checks that a template parses and uses only the placeholders its place allows.</summary>
internal static class TemplateValidator
{
    public static bool Validate(string text, string path, TemplateRules rules, ValidationErrors errors)
    {
        if (text.Length > SecretFieldReader.MaxLength)
        {
            errors.Add(path, $"The value must be at most {SecretFieldReader.MaxLength} characters long.");
            return false;
        }

        var template = Template.TryParse(text, out var error);
        if (template is null)
        {
            errors.Add(path, error!);
            return false;
        }

        var valid = true;
        if (template.UsesAccessToken && !rules.AllowAccessToken)
        {
            errors.Add(path, "{OAuth.access_token} is available only in the headers of OAuth 2.0 methods.");
            valid = false;
        }

        if (template.UsesClientData && !rules.AllowClientData)
        {
            errors.Add(path, rules.ClientDataHint);
            valid = false;
        }

        if (template.Segments.Any(s => s.IsLiteral && HttpSyntax.HasForbiddenValueCharacter(s.Text)))
        {
            errors.Add(path, "The value must be printable ASCII: no CR, LF, other control characters or non-ASCII characters.");
            valid = false;
        }

        return valid;
    }
}
