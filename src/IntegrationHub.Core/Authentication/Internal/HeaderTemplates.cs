using IntegrationHub.Calls;
using IntegrationHub.Methods;
using IntegrationHub.Templates;
using IntegrationHub.Validation;

namespace IntegrationHub.Authentication.Internal;

/// <summary>Resolves a method's header templates into header values.</summary>
internal static class HeaderTemplates
{
    public static AuthenticationOutcome Resolve(IReadOnlyList<HeaderSetting> headers, ITemplateValues values, string? accessToken = null)
    {
        var resolved = new List<KeyValuePair<string, string>>(headers.Count);
        var missing = new List<string>();
        foreach (var header in headers)
        {
            var resolution = header.ParseTemplate().Resolve(values);
            if (!resolution.Succeeded)
            {
                missing.AddRange(resolution.MissingKeys.Where(k => !missing.Contains(k)));
                continue;
            }

            // Client data or a token with a control or non-ASCII character would split or break the header (RFC 9110 §5.5), so nothing is sent.
            if (HttpSyntax.HasForbiddenValueCharacter(resolution.Value!))
            {
                return AuthenticationOutcome.Failed(new CallError(
                    CallErrorCodes.InvalidHeaderValue,
                    $"The value of the header '{header.Name}' would contain CR, LF, another control character or a non-ASCII character after its placeholders were filled in; nothing was sent."));
            }

            resolved.Add(new(header.Name, resolution.Value!));
        }

        return missing.Count > 0
            ? AuthenticationOutcome.Required(AuthenticationRequiredReason.MissingClientData, missing)
            : AuthenticationOutcome.Applied(resolved, accessToken);
    }
}
