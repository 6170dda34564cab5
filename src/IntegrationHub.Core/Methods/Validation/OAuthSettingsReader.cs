using IntegrationHub.Templates;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads the settings of the OAuth 2.0 method types.</summary>
internal static class OAuthSettingsReader
{
    // Token request parameters that IntegrationHub sets itself (RFC 6749 §4.1.3, §4.4.2, §2.3.1).
    private static readonly HashSet<string> ReservedParameters = new(StringComparer.Ordinal)
    {
        "grant_type", "client_id", "client_secret", "code", "redirect_uri", "refresh_token", "code_verifier", "scope", "audience",
    };

    public static OAuthSettings? Read(JsonFieldReader reader, AuthenticationMethodType type, OAuthSettings? previous)
    {
        reader.Ignore("clientSecretSet");
        var isCodeFlow = type == AuthenticationMethodType.OAuth2AuthorizationCode;
        var clientId = ReadClientId(reader);
        var clientSecret = SecretFieldReader.Read(reader, "clientSecret", previous?.ClientSecret);
        var tokenUrl = ReadUrl(reader, "tokenUrl");
        var placement = ReadPlacement(reader);
        var scope = ReadOptionalText(reader, "scope");
        var audience = ReadOptionalText(reader, "audience");
        var parameters = ReadParameters(reader);
        var clientAuthentication = ClientAuthenticationReader.Read(reader);

        var rules = new TemplateRules(
            AllowClientData: isCodeFlow || clientAuthentication?.Enabled == true,
            AllowAccessToken: true,
            ClientDataHint: "{Auth.…} reads client authentication data; set settings.clientAuthentication.enabled to true to use it.");
        var headers = HeaderListReader.Read(reader, previous?.Headers, rules)
            ?? [HeaderSetting.Plain(OAuthSettings.DefaultHeaderName, OAuthSettings.DefaultHeaderValue)];

        string? codeReference = null;
        string? redirectUri = null;
        if (isCodeFlow)
        {
            codeReference = ReadCodeReference(reader);
            redirectUri = ReadRedirectUri(reader);
        }

        reader.RejectUnknownFields();
        if (reader.Errors.HasErrors || clientId is null || clientSecret is null || tokenUrl is null || placement is null)
        {
            return null;
        }

        if (isCodeFlow)
        {
            return new OAuthAuthorizationCodeSettings
            {
                ClientId = clientId,
                ClientSecret = clientSecret,
                TokenUrl = tokenUrl,
                ClientCredentialPlacement = placement.Value,
                Scope = scope,
                Audience = audience,
                AdditionalTokenParameters = parameters,
                Headers = headers,
                ClientAuthenticationOrNull = clientAuthentication,
                AuthorizationCodeReference = codeReference!,
                RedirectUri = redirectUri!,
            };
        }

        return new OAuthClientCredentialsSettings
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            TokenUrl = tokenUrl,
            ClientCredentialPlacement = placement.Value,
            Scope = scope,
            Audience = audience,
            AdditionalTokenParameters = parameters,
            Headers = headers,
            ClientAuthenticationOrNull = clientAuthentication,
        };
    }

    private static string? ReadClientId(JsonFieldReader reader)
    {
        var clientId = reader.String("clientId", required: true);
        if (clientId is not null && (clientId.Length == 0 || clientId.Any(char.IsControl)))
        {
            reader.Errors.Add(reader.PathOf("clientId"), "The client id must not be empty or contain control characters.");
            return null;
        }

        return clientId;
    }

    private static Uri? ReadUrl(JsonFieldReader reader, string name)
    {
        var text = reader.String(name, required: true);
        if (text is null)
        {
            return null;
        }

        if (!HttpSyntax.IsHttpUrl(text, out var uri))
        {
            reader.Errors.Add(reader.PathOf(name), $"The field '{name}' must be an absolute http or https URL of at most 2048 characters, without user info or fragment, such as 'https://auth.example.com/oauth/token'.");
            return null;
        }

        return uri;
    }

    private static ClientCredentialPlacement? ReadPlacement(JsonFieldReader reader)
    {
        var text = reader.String("clientCredentialPlacement");
        switch (text)
        {
            case null:
                return reader.Errors.Contains(reader.PathOf("clientCredentialPlacement")) ? null : ClientCredentialPlacement.BasicAuthHeader;
            case "basicAuthHeader":
                return ClientCredentialPlacement.BasicAuthHeader;
            case "requestBody":
                return ClientCredentialPlacement.RequestBody;
            default:
                reader.Errors.Add(reader.PathOf("clientCredentialPlacement"), $"The value '{text}' is not known; use 'basicAuthHeader' or 'requestBody'.");
                return null;
        }
    }

    private static string? ReadOptionalText(JsonFieldReader reader, string name)
    {
        var text = reader.String(name);
        if (text is not null && text.Any(char.IsControl))
        {
            reader.Errors.Add(reader.PathOf(name), $"The field '{name}' must not contain control characters.");
            return null;
        }

        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static Dictionary<string, string> ReadParameters(JsonFieldReader reader)
    {
        var map = reader.StringMap("additionalTokenParameters");
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map is null)
        {
            return parameters;
        }

        foreach (var (name, value) in map)
        {
            var path = reader.PathOf("additionalTokenParameters") + "." + name;
            if (name.Length == 0 || name.Any(char.IsControl))
            {
                reader.Errors.Add(path, "A parameter name must not be empty or contain control characters.");
            }
            else if (ReservedParameters.Contains(name))
            {
                reader.Errors.Add(path, $"The parameter '{name}' is set by IntegrationHub; use the matching setting instead.");
            }
            else
            {
                parameters[name] = value;
            }
        }

        return parameters;
    }

    private static string? ReadCodeReference(JsonFieldReader reader)
    {
        var text = reader.String("authorizationCodeReference") ?? OAuthAuthorizationCodeSettings.DefaultAuthorizationCodeReference;
        var path = reader.PathOf("authorizationCodeReference");
        var rules = new TemplateRules(AllowClientData: true, AllowAccessToken: false, ClientDataHint: string.Empty);
        if (!TemplateValidator.Validate(text, path, rules, reader.Errors))
        {
            return null;
        }

        if (!Template.ParseValid(text).UsesClientData)
        {
            reader.Errors.Add(path, "The reference must read the code from the client data, such as '{Auth.authorization_code}'.");
            return null;
        }

        return text;
    }

    private static string? ReadRedirectUri(JsonFieldReader reader)
    {
        var text = reader.String("redirectUri", required: true);
        if (text is null)
        {
            return null;
        }

        var path = reader.PathOf("redirectUri");
        var rules = new TemplateRules(AllowClientData: true, AllowAccessToken: false, ClientDataHint: string.Empty);
        if (!TemplateValidator.Validate(text, path, rules, reader.Errors))
        {
            return null;
        }

        // A static redirect URI must be absolute (RFC 6749 §3.1.2); a template is checked when it is resolved.
        if (!Template.ParseValid(text).UsesClientData && !Uri.TryCreate(text, UriKind.Absolute, out _))
        {
            reader.Errors.Add(path, "The redirect URI must be an absolute URI, or a template such as '{Auth.redirect_uri}'.");
            return null;
        }

        return text;
    }
}
