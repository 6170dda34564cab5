using IntegrationHub.Secrets;
using IntegrationHub.Templates;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads the <c>headers</c> array of a method: names, value templates and the secret flag.</summary>
internal static class HeaderListReader
{
    // Headers that describe the message or the connection; a method that set them would corrupt the request.
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade", "TE", "Trailer", "Proxy-Connection", "Content-Type",
    };

    public static List<HeaderSetting>? Read(
        JsonFieldReader reader,
        IReadOnlyList<HeaderSetting>? previous,
        TemplateRules rules,
        string fieldName = "headers",
        IReadOnlySet<string>? alsoReserved = null)
    {
        var items = reader.ObjectArray(fieldName);
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0 && fieldName == "headers")
        {
            reader.Errors.Add(reader.PathOf(fieldName), $"At least one header is required; omit '{fieldName}' where a default exists.");
        }

        var headers = new List<HeaderSetting>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            item.Ignore("valueSet");
            var name = item.String("name", required: true);
            var isSecret = item.Boolean("secret") ?? false;
            var value = item.String("value");
            item.RejectUnknownFields();

            if (name is not null && !ValidateName(item, name, seen, alsoReserved))
            {
                name = null;
            }

            if (value is null)
            {
                var stored = isSecret && name is not null
                    ? previous?.FirstOrDefault(h => h.IsSecret && string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))
                    : null;
                if (stored is not null)
                {
                    headers.Add(HeaderSetting.Confidential(name!, stored.SecretValue!));
                }
                else if (!item.Errors.Contains(item.PathOf("value")))
                {
                    item.Errors.Add(item.PathOf("value"), "The field 'value' is required.");
                }

                continue;
            }

            if (!TemplateValidator.Validate(value, item.PathOf("value"), rules, item.Errors) || name is null)
            {
                continue;
            }

            headers.Add(isSecret ? HeaderSetting.Confidential(name, new Secret(value)) : HeaderSetting.Plain(name, value));
        }

        return headers;
    }

    private static bool ValidateName(JsonFieldReader item, string name, HashSet<string> seen, IReadOnlySet<string>? alsoReserved)
    {
        var path = item.PathOf("name");
        if (!HttpSyntax.IsToken(name))
        {
            item.Errors.Add(path, $"The header name '{name}' is not a valid RFC 9110 token; use letters, digits and !#$%&'*+-.^_`|~ only.");
            return false;
        }

        if (ReservedNames.Contains(name) || ManagedHeaders.Names.Contains(name) || alsoReserved?.Contains(name) == true)
        {
            item.Errors.Add(path, $"The header '{name}' is managed by the HTTP client and cannot be set by a method.");
            return false;
        }

        if (!seen.Add(name))
        {
            item.Errors.Add(path, $"The header '{name}' appears more than once; header names are compared without case.");
            return false;
        }

        return true;
    }
}
