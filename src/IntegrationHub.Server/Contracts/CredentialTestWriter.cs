using System.Text.Json.Nodes;
using IntegrationHub.Testing;

namespace IntegrationHub.Server.Contracts;

/// <summary>Writes the response of <c>POST /v1/authentication-methods/{id}/test</c>, which never contains a token or a secret.</summary>
internal static class CredentialTestWriter
{
    public static JsonObject Write(CredentialTestResult result)
    {
        var json = new JsonObject { ["succeeded"] = result.Succeeded };
        if (result.TokenLifetime is { } lifetime)
        {
            json["token"] = new JsonObject
            {
                ["expiresInSeconds"] = (long)lifetime.TotalSeconds,
                ["refreshTokenIssued"] = result.RefreshTokenIssued ?? false,
            };
        }

        if (result.CallStatus is { } status)
        {
            json["call"] = new JsonObject { ["status"] = status };
        }

        if (result.Error is { } error)
        {
            var errorJson = new JsonObject { ["code"] = error.Code, ["message"] = error.Message };
            if (error.OAuthError is not null)
            {
                errorJson["oauthError"] = error.OAuthError;
            }

            json["error"] = errorJson;
        }

        return json;
    }
}
