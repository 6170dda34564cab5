using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Methods;
using IntegrationHub.Validation;

namespace IntegrationHub.Server.Contracts;

/// <summary>
/// Writes a method's settings for responses: every field except secrets, and for each secret a <c>…Set</c> flag instead of its value.
/// </summary>
internal static class MethodSettingsWriter
{
    public static AuthenticationMethodResponse ToResponse(AuthenticationMethod method) => new(
        method.Id,
        method.Name,
        method.Description,
        method.Type.ToName(),
        method.ReadOnly,
        Write(method.Settings),
        method.CreatedAt,
        method.UpdatedAt);

    public static JsonObject Write(AuthenticationMethodSettings settings) => settings switch
    {
        BasicSettings basic => new JsonObject { ["username"] = basic.Username, ["passwordSet"] = true },
        CustomHeaderSettings custom => WithClientAuthentication(new JsonObject { ["headers"] = WriteHeaders(custom.Headers) }, custom.ClientAuthentication),
        OAuthSettings oauth => WriteOAuth(oauth),
        _ => throw new InvalidOperationException($"No writer for {settings.GetType().Name}."),
    };

    private static JsonObject WriteOAuth(OAuthSettings oauth)
    {
        var json = new JsonObject
        {
            ["clientId"] = oauth.ClientId,
            ["clientSecretSet"] = true,
            ["tokenUrl"] = oauth.TokenUrl.AbsoluteUri,
            ["clientCredentialPlacement"] = oauth.ClientCredentialPlacement == ClientCredentialPlacement.BasicAuthHeader ? "basicAuthHeader" : "requestBody",
            ["basicAuthEncoding"] = oauth.BasicAuthEncoding == BasicAuthEncoding.Raw ? "raw" : "formUrlEncoded",
            ["tokenRequestFormat"] = oauth.TokenRequestFormat == TokenRequestFormat.Json ? "json" : "form",
            ["scope"] = oauth.Scope,
            ["audience"] = oauth.Audience,
            ["resource"] = new JsonArray([.. oauth.Resources.Select(r => (JsonNode)r)]),
            ["additionalTokenParameters"] = WriteMap(oauth.AdditionalTokenParameters),
            ["additionalRefreshParameters"] = WriteMap(oauth.AdditionalRefreshParameters),
            ["tokenRequestHeaders"] = WriteHeaders(oauth.TokenRequestHeaders),
            ["tokenResponseMapping"] = WriteMapping(oauth.TokenResponseMapping),
            ["defaultTokenLifetime"] = oauth.DefaultTokenLifetime is { } lifetime ? DurationParser.Format(lifetime) : null,
            ["expirySkew"] = oauth.ExpirySkew is { } skew ? DurationParser.Format(skew) : null,
            ["unauthorizedSignals"] = WriteSignals(oauth.UnauthorizedSignals),
            ["retryOnUnauthorized"] = JsonNamingPolicy.CamelCase.ConvertName(oauth.RetryOnUnauthorized.ToString()),
            ["revocationUrl"] = oauth.RevocationUrl?.AbsoluteUri,
            ["headers"] = WriteHeaders(oauth.Headers),
        };

        if (oauth is OAuthAuthorizationCodeSettings code)
        {
            json["authorizationCodeReference"] = code.AuthorizationCodeReference;
            json["redirectUri"] = code.RedirectUri;
            json["codeVerifierReference"] = code.CodeVerifierReference;
        }

        return WithClientAuthentication(json, oauth.ClientAuthentication);
    }

    private static JsonObject WriteMap(IReadOnlyDictionary<string, string> map) =>
        new(map.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));

    private static JsonObject? WriteMapping(TokenResponseMapping? mapping) => mapping is null
        ? null
        : new JsonObject
        {
            ["accessToken"] = mapping.AccessToken,
            ["refreshToken"] = mapping.RefreshToken,
            ["expiresIn"] = mapping.ExpiresIn,
            ["expiresInUnit"] = JsonNamingPolicy.CamelCase.ConvertName(mapping.ExpiresInUnit.ToString()),
            ["expiresAt"] = mapping.ExpiresAt,
        };

    private static JsonObject WriteSignals(UnauthorizedSignals signals) => new()
    {
        ["statusCodes"] = new JsonArray([.. signals.StatusCodes.Select(c => (JsonNode)c)]),
        ["bodyConditions"] = new JsonArray([.. signals.BodyConditions.Select(c => (JsonNode)(c.Pattern is null
            ? new JsonObject { ["path"] = c.Path, ["equals"] = c.EqualTo }
            : new JsonObject { ["path"] = c.Path, ["pattern"] = c.Pattern.ToString() }))]),
    };

    private static JsonArray WriteHeaders(IReadOnlyList<HeaderSetting> headers) =>
        new([.. headers.Select(h => (JsonNode)(h.IsSecret
            ? new JsonObject { ["name"] = h.Name, ["secret"] = true, ["valueSet"] = true }
            : new JsonObject { ["name"] = h.Name, ["value"] = h.Value, ["secret"] = false }))]);

    private static JsonObject WithClientAuthentication(JsonObject json, ClientAuthenticationSettings? settings)
    {
        if (settings is not null)
        {
            json["clientAuthentication"] = new JsonObject
            {
                ["enabled"] = settings.Enabled,
                ["validity"] = settings.Validity is { } validity ? DurationParser.Format(validity) : null,
            };
        }

        return json;
    }
}
