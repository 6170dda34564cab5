using System.Text.Json;
using IntegrationHub.Methods;
using IntegrationHub.Secrets;

namespace IntegrationHub.Storage.Methods.Settings;

/// <summary>Converts method settings to the stored JSON and back, encrypting every <see cref="Secret"/> on the way in.</summary>
internal sealed class AuthenticationMethodSettingsSerializer(ISecretProtector protector)
{
    public string Serialize(AuthenticationMethodSettings settings)
    {
        StoredSettings stored = settings switch
        {
            BasicSettings basic => new StoredBasicSettings
            {
                Username = basic.Username,
                ProtectedPassword = protector.Protect(basic.Password.Reveal()),
            },
            CustomHeaderSettings customHeader => new StoredCustomHeaderSettings
            {
                Headers = ToStoredHeaders(customHeader.Headers),
                ClientAuthentication = ToStoredClientAuthentication(customHeader.ClientAuthenticationOrNull),
            },
            OAuthClientCredentialsSettings clientCredentials =>
                FillOAuth(new StoredOAuthClientCredentialsSettings(), clientCredentials),
            OAuthAuthorizationCodeSettings authorizationCode =>
                FillOAuth(
                    new StoredOAuthAuthorizationCodeSettings
                    {
                        AuthorizationCodeReference = authorizationCode.AuthorizationCodeReference,
                        RedirectUri = authorizationCode.RedirectUri,
                        CodeVerifierReference = authorizationCode.CodeVerifierReference,
                    },
                    authorizationCode),
            _ => throw new ArgumentException($"Settings of type {settings.GetType().Name} cannot be stored.", nameof(settings)),
        };

        return JsonSerializer.Serialize(stored, StoredSettingsJsonContext.Default.StoredSettings);
    }

    /// <exception cref="JsonException">The JSON is not stored settings.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">A secret cannot be decrypted with the current key ring.</exception>
    public AuthenticationMethodSettings Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize(json, StoredSettingsJsonContext.Default.StoredSettings)
            ?? throw new JsonException("The stored settings are the JSON literal null.");

        return stored switch
        {
            StoredBasicSettings basic => new BasicSettings(basic.Username, Unprotect(basic.ProtectedPassword)),
            StoredCustomHeaderSettings customHeader => new CustomHeaderSettings(
                ToHeaderSettings(customHeader.Headers),
                ToClientAuthenticationSettings(customHeader.ClientAuthentication)),
            StoredOAuthClientCredentialsSettings clientCredentials => ToOAuthSettings(clientCredentials),
            StoredOAuthAuthorizationCodeSettings authorizationCode => new OAuthAuthorizationCodeSettings(ToOAuthSettings(authorizationCode))
            {
                AuthorizationCodeReference = authorizationCode.AuthorizationCodeReference,
                RedirectUri = authorizationCode.RedirectUri,
                CodeVerifierReference = authorizationCode.CodeVerifierReference,
            },
            _ => throw new JsonException($"Stored settings of type {stored.GetType().Name} are not supported."),
        };
    }

    private TStored FillOAuth<TStored>(TStored stored, OAuthSettings settings)
        where TStored : StoredOAuthSettings
    {
        stored.ClientId = settings.ClientId;
        stored.ProtectedClientSecret = protector.Protect(settings.ClientSecret.Reveal());
        stored.TokenUrl = settings.TokenUrl.OriginalString;
        stored.ClientCredentialPlacement = settings.ClientCredentialPlacement;
        stored.BasicAuthEncoding = settings.BasicAuthEncoding;
        stored.TokenRequestFormat = settings.TokenRequestFormat;
        stored.Scope = settings.Scope;
        stored.Audience = settings.Audience;
        stored.Resources = [.. settings.Resources];
        stored.AdditionalTokenParameters = CopyParameters(settings.AdditionalTokenParameters);
        stored.AdditionalRefreshParameters = CopyParameters(settings.AdditionalRefreshParameters);
        stored.TokenRequestHeaders = ToStoredHeaders(settings.TokenRequestHeaders);
        stored.TokenResponseMapping = OAuthSettingsConverter.ToStored(settings.TokenResponseMapping);
        stored.DefaultTokenLifetime = settings.DefaultTokenLifetime;
        stored.ExpirySkew = settings.ExpirySkew;
        stored.UnauthorizedSignals = OAuthSettingsConverter.ToStored(settings.UnauthorizedSignals);
        stored.RetryOnUnauthorized = settings.RetryOnUnauthorized;
        stored.RevocationUrl = settings.RevocationUrl?.OriginalString;
        stored.Headers = ToStoredHeaders(settings.Headers);
        stored.ClientAuthentication = ToStoredClientAuthentication(settings.ClientAuthenticationOrNull);
        return stored;
    }

    private OAuthClientCredentialsSettings ToOAuthSettings(StoredOAuthSettings stored) => new()
    {
        ClientId = stored.ClientId,
        ClientSecret = Unprotect(stored.ProtectedClientSecret),
        TokenUrl = OAuthSettingsConverter.RequiredUri(stored.TokenUrl),
        ClientCredentialPlacement = stored.ClientCredentialPlacement,
        BasicAuthEncoding = stored.BasicAuthEncoding,
        TokenRequestFormat = stored.TokenRequestFormat,
        Scope = stored.Scope,
        Audience = stored.Audience,
        Resources = [.. stored.Resources],
        AdditionalTokenParameters = CopyParameters(stored.AdditionalTokenParameters),
        AdditionalRefreshParameters = CopyParameters(stored.AdditionalRefreshParameters),
        TokenRequestHeaders = ToHeaderSettings(stored.TokenRequestHeaders),
        TokenResponseMapping = OAuthSettingsConverter.FromStored(stored.TokenResponseMapping),
        DefaultTokenLifetime = stored.DefaultTokenLifetime,
        ExpirySkew = stored.ExpirySkew,
        UnauthorizedSignals = OAuthSettingsConverter.FromStored(stored.UnauthorizedSignals),
        RetryOnUnauthorized = stored.RetryOnUnauthorized,
        RevocationUrl = OAuthSettingsConverter.ToUri(stored.RevocationUrl),
        Headers = ToHeaderSettings(stored.Headers),
        ClientAuthenticationOrNull = ToClientAuthenticationSettings(stored.ClientAuthentication),
    };

    private List<StoredHeader> ToStoredHeaders(IReadOnlyList<HeaderSetting> headers) =>
        headers.Select(header => header.SecretValue is { } secretValue
                ? new StoredHeader { Name = header.Name, ProtectedValue = protector.Protect(secretValue.Reveal()) }
                : new StoredHeader { Name = header.Name, Value = header.Value })
            .ToList();

    private static StoredClientAuthentication? ToStoredClientAuthentication(ClientAuthenticationSettings? clientAuthentication) =>
        clientAuthentication is null
            ? null
            : new StoredClientAuthentication { Enabled = clientAuthentication.Enabled, Validity = clientAuthentication.Validity };

    private List<HeaderSetting> ToHeaderSettings(IReadOnlyList<StoredHeader> headers) =>
        headers.Select(ToHeaderSetting).ToList();

    private HeaderSetting ToHeaderSetting(StoredHeader header)
    {
        if (header.ProtectedValue is not null)
        {
            return HeaderSetting.Confidential(header.Name, Unprotect(header.ProtectedValue));
        }

        return HeaderSetting.Plain(
            header.Name,
            header.Value ?? throw new JsonException($"The stored header '{header.Name}' has neither a value nor a protected value."));
    }

    private static ClientAuthenticationSettings? ToClientAuthenticationSettings(StoredClientAuthentication? clientAuthentication) =>
        clientAuthentication is null ? null : new ClientAuthenticationSettings(clientAuthentication.Enabled, clientAuthentication.Validity);

    private static Dictionary<string, string> CopyParameters(IReadOnlyDictionary<string, string> parameters) =>
        new(parameters, StringComparer.Ordinal);

    private Secret Unprotect(string protectedText) => new(protector.Unprotect(protectedText));
}
