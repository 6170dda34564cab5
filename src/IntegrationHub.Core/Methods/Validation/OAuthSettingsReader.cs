using IntegrationHub.Templates;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads the settings of the OAuth 2.0 method types.</summary>
internal static class OAuthSettingsReader
{
    private static readonly HashSet<string> TokenHeaderReserved = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Accept" };

    public static OAuthSettings? Read(JsonFieldReader reader, AuthenticationMethodType type, OAuthSettings? previous)
    {
        reader.Ignore("clientSecretSet");
        var isCodeFlow = type == AuthenticationMethodType.OAuth2AuthorizationCode;
        var clientId = ReadClientId(reader);
        var clientSecret = SecretFieldReader.Read(reader, "clientSecret", previous?.ClientSecret);
        var tokenUrl = OAuthFieldReader.Url(reader, "tokenUrl", required: true);
        var placement = OAuthFieldReader.Enum(reader, "clientCredentialPlacement", ClientCredentialPlacement.BasicAuthHeader, ("basicAuthHeader", ClientCredentialPlacement.BasicAuthHeader), ("requestBody", ClientCredentialPlacement.RequestBody));
        var encoding = OAuthFieldReader.Enum(reader, "basicAuthEncoding", BasicAuthEncoding.FormUrlEncoded, ("formUrlEncoded", BasicAuthEncoding.FormUrlEncoded), ("raw", BasicAuthEncoding.Raw));
        var format = OAuthFieldReader.Enum(reader, "tokenRequestFormat", TokenRequestFormat.Form, ("form", TokenRequestFormat.Form), ("json", TokenRequestFormat.Json));
        var retry = OAuthFieldReader.Enum(reader, "retryOnUnauthorized", RetryOnUnauthorized.Always, ("always", RetryOnUnauthorized.Always), ("idempotentOnly", RetryOnUnauthorized.IdempotentOnly), ("never", RetryOnUnauthorized.Never));
        var scope = OAuthFieldReader.Scope(reader);
        var audience = OAuthFieldReader.OptionalText(reader, "audience");
        var resources = OAuthFieldReader.Resources(reader);
        var parameters = OAuthFieldReader.Parameters(reader, "additionalTokenParameters");
        var refreshParameters = OAuthFieldReader.Parameters(reader, "additionalRefreshParameters");
        var mapping = TokenResponseMappingReader.Read(reader);
        var defaultLifetime = DurationFieldReader.Read(reader, "defaultTokenLifetime");
        var skew = DurationFieldReader.Read(reader, "expirySkew", allowZero: true);
        var signals = UnauthorizedSignalsReader.Read(reader);
        var revocationUrl = OAuthFieldReader.Url(reader, "revocationUrl", required: false);
        var clientAuthentication = ClientAuthenticationReader.Read(reader);

        var noPlaceholders = new TemplateRules(false, false, "Token request headers are static values; placeholders are not allowed here.");
        var tokenHeaders = HeaderListReader.Read(reader, previous?.TokenRequestHeaders, noPlaceholders, "tokenRequestHeaders", TokenHeaderReserved) ?? [];
        var rules = new TemplateRules(
            AllowClientData: isCodeFlow || clientAuthentication?.Enabled == true,
            AllowAccessToken: true,
            ClientDataHint: "{Auth.…} reads client authentication data; set settings.clientAuthentication.enabled to true to use it.");
        var headers = HeaderListReader.Read(reader, previous?.Headers, rules)
            ?? [HeaderSetting.Plain(OAuthSettings.DefaultHeaderName, OAuthSettings.DefaultHeaderValue)];

        string? codeReference = null, redirectUri = null, codeVerifierReference = null;
        if (isCodeFlow)
        {
            codeReference = ReadClientDataTemplate(reader, "authorizationCodeReference", OAuthAuthorizationCodeSettings.DefaultAuthorizationCodeReference);
            codeVerifierReference = ReadClientDataTemplate(reader, "codeVerifierReference", null);
            redirectUri = ReadRedirectUri(reader);
        }

        // A raw Basic header cannot carry a colon in the client id, because the first colon ends the id (RFC 7617 §2).
        if (encoding == BasicAuthEncoding.Raw && placement == ClientCredentialPlacement.BasicAuthHeader && clientId?.Contains(':', StringComparison.Ordinal) == true)
        {
            reader.Errors.Add(reader.PathOf("clientId"), "A client id with ':' cannot be sent with basicAuthEncoding 'raw'; use 'formUrlEncoded' or requestBody placement.");
        }

        reader.RejectUnknownFields();
        if (reader.Errors.HasErrors || clientId is null || clientSecret is null || tokenUrl is null)
        {
            return null;
        }

        var shared = new OAuthClientCredentialsSettings
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            TokenUrl = tokenUrl,
            ClientCredentialPlacement = placement,
            BasicAuthEncoding = encoding,
            TokenRequestFormat = format,
            Scope = scope,
            Audience = audience,
            Resources = resources,
            AdditionalTokenParameters = parameters,
            AdditionalRefreshParameters = refreshParameters,
            TokenRequestHeaders = tokenHeaders,
            TokenResponseMapping = mapping,
            DefaultTokenLifetime = defaultLifetime,
            ExpirySkew = skew,
            UnauthorizedSignals = signals ?? UnauthorizedSignals.Default,
            RetryOnUnauthorized = retry,
            RevocationUrl = revocationUrl,
            Headers = headers,
            ClientAuthenticationOrNull = clientAuthentication,
        };

        return isCodeFlow
            ? new OAuthAuthorizationCodeSettings(shared) { AuthorizationCodeReference = codeReference!, RedirectUri = redirectUri!, CodeVerifierReference = codeVerifierReference }
            : shared;
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

    private static string? ReadClientDataTemplate(JsonFieldReader reader, string name, string? defaultValue)
    {
        var text = reader.String(name) ?? defaultValue;
        if (text is null)
        {
            return null;
        }

        var path = reader.PathOf(name);
        var rules = new TemplateRules(AllowClientData: true, AllowAccessToken: false, ClientDataHint: string.Empty);
        if (!TemplateValidator.Validate(text, path, rules, reader.Errors))
        {
            return null;
        }

        if (!Template.ParseValid(text).UsesClientData)
        {
            reader.Errors.Add(path, $"The field '{name}' must read the value from the client data, such as '{{Auth.{(name == "codeVerifierReference" ? "code_verifier" : "authorization_code")}}}'.");
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
        // RFC 6749 §3.1.2: the redirect URI is absolute and has no fragment; a template is checked when it is resolved.
        if (!Template.ParseValid(text).UsesClientData && (!HttpSyntax.IsAbsoluteUri(text) || text.Contains('#', StringComparison.Ordinal)))
        {
            reader.Errors.Add(path, "The redirect URI must be an absolute URI without a fragment, or a template such as '{Auth.redirect_uri}'.");
            return null;
        }

        return text;
    }
}
