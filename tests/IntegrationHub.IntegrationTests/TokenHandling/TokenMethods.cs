using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>Builds the JSON of OAuth 2.0 methods for the token handling tests.</summary>
internal static class TokenMethods
{
    public const string ClientId = "hub-client";

    /// <summary>A client secret with characters that form-urlencoding changes. No log entry may contain it.</summary>
    public const string ClientSecret = "hub-s3cr#t=a&b+c/%";

    public const string RedirectUri = "https://app.example/cb";

    /// <summary>
    /// Returns an <c>oauth2ClientCredentials</c> method. Each of <paramref name="extraSettings"/> is a JSON object whose fields
    /// are added to the defaults or replace them, in order.
    /// </summary>
    public static string ClientCredentials(string name, Uri tokenUrl, params string[] extraSettings) =>
        Build(name, "oauth2ClientCredentials", Defaults(tokenUrl), extraSettings);

    /// <summary>Returns an <c>oauth2AuthorizationCode</c> method whose redirect URI is <c>{Auth.redirect_uri}</c>.</summary>
    public static string AuthorizationCode(string name, Uri tokenUrl, params string[] extraSettings)
    {
        var settings = Defaults(tokenUrl);
        settings["redirectUri"] = "{Auth.redirect_uri}";
        return Build(name, "oauth2AuthorizationCode", settings, extraSettings);
    }

    /// <summary>Returns the client data that <c>authenticate</c> sends for the code flow.</summary>
    public static object CodeData(string code, string redirectUri = RedirectUri) => new { authorization_code = code, redirect_uri = redirectUri };

    private static JsonObject Defaults(Uri tokenUrl) => new()
    {
        ["clientId"] = ClientId,
        ["clientSecret"] = ClientSecret,
        ["tokenUrl"] = tokenUrl.AbsoluteUri,
    };

    private static string Build(string name, string type, JsonObject settings, string[] extraSettings)
    {
        foreach (var extra in extraSettings)
        {
            foreach (var (field, value) in JsonNode.Parse(extra)!.AsObject())
            {
                settings[field] = value?.DeepClone();
            }
        }

        return new JsonObject { ["name"] = name, ["type"] = type, ["settings"] = settings }.ToJsonString(new JsonSerializerOptions());
    }
}
