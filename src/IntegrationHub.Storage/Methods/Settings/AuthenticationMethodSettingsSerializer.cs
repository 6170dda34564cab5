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
            StoredOAuthClientCredentialsSettings clientCredentials => new OAuthClientCredentialsSettings
            {
                ClientId = clientCredentials.ClientId,
                ClientSecret = Unprotect(clientCredentials.ProtectedClientSecret),
                TokenUrl = new Uri(clientCredentials.TokenUrl, UriKind.RelativeOrAbsolute),
                ClientCredentialPlacement = clientCredentials.ClientCredentialPlacement,
                Scope = clientCredentials.Scope,
                Audience = clientCredentials.Audience,
                AdditionalTokenParameters = CopyParameters(clientCredentials.AdditionalTokenParameters),
                Headers = ToHeaderSettings(clientCredentials.Headers),
                ClientAuthenticationOrNull = ToClientAuthenticationSettings(clientCredentials.ClientAuthentication),
            },
            StoredOAuthAuthorizationCodeSettings authorizationCode => new OAuthAuthorizationCodeSettings
            {
                ClientId = authorizationCode.ClientId,
                ClientSecret = Unprotect(authorizationCode.ProtectedClientSecret),
                TokenUrl = new Uri(authorizationCode.TokenUrl, UriKind.RelativeOrAbsolute),
                ClientCredentialPlacement = authorizationCode.ClientCredentialPlacement,
                Scope = authorizationCode.Scope,
                Audience = authorizationCode.Audience,
                AdditionalTokenParameters = CopyParameters(authorizationCode.AdditionalTokenParameters),
                Headers = ToHeaderSettings(authorizationCode.Headers),
                ClientAuthenticationOrNull = ToClientAuthenticationSettings(authorizationCode.ClientAuthentication),
                AuthorizationCodeReference = authorizationCode.AuthorizationCodeReference,
                RedirectUri = authorizationCode.RedirectUri,
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
        stored.Scope = settings.Scope;
        stored.Audience = settings.Audience;
        stored.AdditionalTokenParameters = CopyParameters(settings.AdditionalTokenParameters);
        stored.Headers = ToStoredHeaders(settings.Headers);
        stored.ClientAuthentication = ToStoredClientAuthentication(settings.ClientAuthenticationOrNull);
        return stored;
    }

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
