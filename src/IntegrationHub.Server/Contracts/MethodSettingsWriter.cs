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
            ["scope"] = oauth.Scope,
            ["audience"] = oauth.Audience,
            ["additionalTokenParameters"] = new JsonObject(oauth.AdditionalTokenParameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            ["headers"] = WriteHeaders(oauth.Headers),
        };

        if (oauth is OAuthAuthorizationCodeSettings code)
        {
            json["authorizationCodeReference"] = code.AuthorizationCodeReference;
            json["redirectUri"] = code.RedirectUri;
        }

        return WithClientAuthentication(json, oauth.ClientAuthentication);
    }

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
