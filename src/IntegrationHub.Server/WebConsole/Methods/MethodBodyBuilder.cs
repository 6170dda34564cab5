using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Methods;
using IntegrationHub.Server.WebConsole.Forms;

namespace IntegrationHub.Server.WebConsole.Methods;

/// <summary>
/// Builds the JSON body that <see cref="AuthenticationMethodService"/> validates, from the fields of the selected type.
/// An empty secret field is left out, which keeps the stored secret on update.
/// </summary>
internal static class MethodBodyBuilder
{
    // The settings that the form edits; an update carries every other stored setting over unchanged.
    private static readonly HashSet<string> FormSettings = new(StringComparer.Ordinal)
    {
        "username", "password", "passwordSet", "clientId", "clientSecret", "clientSecretSet", "tokenUrl", "clientCredentialPlacement",
        "scope", "audience", "additionalTokenParameters", "headers", "clientAuthentication", "authorizationCodeReference", "redirectUri",
    };

    /// <param name="storedSettings">
    /// On update, the stored settings as the API returns them, without secrets. The settings that the form does not show
    /// are sent back unchanged, so that saving the form keeps them.
    /// </param>
    public static JsonElement Build(MethodForm form, FormErrors errors, JsonObject? storedSettings = null)
    {
        var body = new JsonObject();
        AddText(body, "name", form.Name);
        AddText(body, "description", form.Description);
        AddText(body, "type", form.Type);

        var settings = new JsonObject();
        foreach (var (name, value) in storedSettings ?? [])
        {
            if (!FormSettings.Contains(name) && value is not null)
            {
                settings[name] = value.DeepClone();
            }
        }

        if (form.IsType(AuthenticationMethodTypeNames.Basic))
        {
            AddText(settings, "username", form.Username);
            AddText(settings, "password", form.Password);
        }
        else if (form.IsType(AuthenticationMethodTypeNames.CustomHeader))
        {
            AddHeaders(settings, form);
            AddClientAuthentication(settings, form);
        }
        else if (form.IsOAuth)
        {
            AddOAuth(settings, form, errors);
        }

        body["settings"] = settings;
        return JsonSerializer.SerializeToElement(body);
    }

    private static void AddOAuth(JsonObject settings, MethodForm form, FormErrors errors)
    {
        AddText(settings, "clientId", form.ClientId);
        AddText(settings, "clientSecret", form.ClientSecret);
        AddText(settings, "tokenUrl", form.TokenUrl);
        AddText(settings, "clientCredentialPlacement", form.ClientCredentialPlacement);
        AddText(settings, "scope", form.Scope);
        AddText(settings, "audience", form.Audience);
        var parameters = TokenParameterLines.Parse(form.AdditionalTokenParameters, errors);
        if (parameters.Count > 0)
        {
            settings["additionalTokenParameters"] = parameters;
        }

        if (form.Headers.Count > 0)
        {
            AddHeaders(settings, form);
        }

        AddClientAuthentication(settings, form);
        if (form.IsType(AuthenticationMethodTypeNames.OAuth2AuthorizationCode))
        {
            AddText(settings, "authorizationCodeReference", form.AuthorizationCodeReference);
            AddText(settings, "redirectUri", form.RedirectUri);
        }
    }

    private static void AddHeaders(JsonObject settings, MethodForm form)
    {
        var headers = new JsonArray();
        foreach (var row in form.Headers)
        {
            var header = new JsonObject();
            AddText(header, "name", row.Name);
            AddText(header, "value", row.Value);
            header["secret"] = row.Secret;
            headers.Add(header);
        }

        if (headers.Count > 0)
        {
            settings["headers"] = headers;
        }
    }

    private static void AddClientAuthentication(JsonObject settings, MethodForm form)
    {
        if (!form.ClientAuthenticationEnabled && string.IsNullOrWhiteSpace(form.ClientDataValidity))
        {
            return;
        }

        var clientAuthentication = new JsonObject { ["enabled"] = form.ClientAuthenticationEnabled };
        AddText(clientAuthentication, "validity", form.ClientDataValidity?.Trim());
        settings["clientAuthentication"] = clientAuthentication;
    }

    private static void AddText(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json[name] = value;
        }
    }
}
