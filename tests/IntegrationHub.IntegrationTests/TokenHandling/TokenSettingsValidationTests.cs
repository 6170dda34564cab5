using System.Net;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>The token handling settings of both OAuth 2.0 method types are validated like the rest: every invalid field, with its JSON path.</summary>
public sealed class TokenSettingsValidationTests(TokenHandlingFixture fixture) : LeakCheckedTests(fixture), IClassFixture<TokenHandlingFixture>
{
    private static readonly Uri TokenUrl = new("https://auth.example/oauth/token");

    private static readonly (string Settings, string Path)[] InvalidForBothTypes =
    [
        ("""{"basicAuthEncoding":"base64"}""", "settings.basicAuthEncoding"),
        ("""{"basicAuthEncoding":"raw","clientId":"tenant:client"}""", "settings.clientId"),
        ("""{"tokenRequestFormat":"xml"}""", "settings.tokenRequestFormat"),
        ("""{"scope":42}""", "settings.scope"),
        ("""{"scope":["orders.read",7]}""", "settings.scope"),
        ("""{"audience":5}""", "settings.audience"),
        ("""{"resource":"relative/path"}""", "settings.resource"),
        ("""{"resource":["https://r1.example/",""]}""", "settings.resource"),
        ("""{"additionalRefreshParameters":{"refresh_token":"x"}}""", "settings.additionalRefreshParameters"),
        ("""{"additionalRefreshParameters":{"mode":1}}""", "settings.additionalRefreshParameters"),
        ("""{"tokenRequestHeaders":[{"name":"Bad Name","value":"x"}]}""", "settings.tokenRequestHeaders"),
        ("""{"tokenRequestHeaders":[{"name":"X-Tenant"}]}""", "settings.tokenRequestHeaders"),
        ("""{"tokenResponseMapping":{"accessToken":""}}""", "settings.tokenResponseMapping"),
        ("""{"tokenResponseMapping":{"expiresIn":"data.ttl","expiresInUnit":"hours"}}""", "settings.tokenResponseMapping"),
        ("""{"defaultTokenLifetime":"soon"}""", "settings.defaultTokenLifetime"),
        ("""{"defaultTokenLifetime":0}""", "settings.defaultTokenLifetime"),
        ("""{"expirySkew":"later"}""", "settings.expirySkew"),
        ("""{"expirySkew":-1}""", "settings.expirySkew"),
        ("""{"unauthorizedSignals":{"statusCodes":[99]}}""", "settings.unauthorizedSignals"),
        ("""{"unauthorizedSignals":{"bodyConditions":[{"path":"error.code"}]}}""", "settings.unauthorizedSignals"),
        ("""{"unauthorizedSignals":{"bodyConditions":[{"path":"message","pattern":"("}]}}""", "settings.unauthorizedSignals"),
        ("""{"retryOnUnauthorized":"sometimes"}""", "settings.retryOnUnauthorized"),
        ("""{"revocationUrl":"ftp://auth.example/revoke"}""", "settings.revocationUrl"),
    ];

    private HttpClient Admin => fixture.Hub.Admin;

    public static TheoryData<string, string, string> InvalidSettings()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var type in new[] { "oauth2ClientCredentials", "oauth2AuthorizationCode" })
        {
            foreach (var (settings, path) in InvalidForBothTypes)
            {
                data.Add(type, settings, path);
            }
        }

        data.Add("oauth2AuthorizationCode", """{"codeVerifierReference":"plain-verifier"}""", "settings.codeVerifierReference");
        data.Add("oauth2ClientCredentials", """{"codeVerifierReference":"{Auth.code_verifier}"}""", "settings.codeVerifierReference");
        return data;
    }

    // An invalid value of a token handling setting is rejected with that field's JSON path.
    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task Setting_Invalid_Returns400WithPath(string type, string settings, string path)
    {
        var json = type == "oauth2ClientCredentials"
            ? TokenMethods.ClientCredentials("invalid-" + Guid.NewGuid().ToString("N"), TokenUrl, settings)
            : TokenMethods.AuthorizationCode("invalid-" + Guid.NewGuid().ToString("N"), TokenUrl, settings);

        var errors = await PostInvalidAsync(json);

        Assert.True(errors.Any(key => IsAtOrBelow(key, path)), $"No error at {path}; the errors are at: {string.Join(", ", errors)}");
    }

    // Several invalid settings are all reported in one response.
    [Fact]
    public async Task Settings_SeveralInvalid_AllReported()
    {
        var json = TokenMethods.AuthorizationCode("invalid-several", TokenUrl, """
            {"basicAuthEncoding":"base64","tokenRequestFormat":"xml","expirySkew":"later","retryOnUnauthorized":"sometimes","revocationUrl":"not a url"}
            """);

        var errors = await PostInvalidAsync(json);

        foreach (var path in new[] { "settings.basicAuthEncoding", "settings.tokenRequestFormat", "settings.expirySkew", "settings.retryOnUnauthorized", "settings.revocationUrl" })
        {
            Assert.True(errors.Any(key => IsAtOrBelow(key, path)), $"No error at {path}; the errors are at: {string.Join(", ", errors)}");
        }
    }

    // Every new setting in its documented forms is accepted, returned without the secret header value, and survives a GET-then-PUT.
    [Fact]
    public async Task Settings_AllValid_AcceptedAndSecretKept()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("valid-all", endpoint.TokenUrl, $$"""
            {"basicAuthEncoding":"raw","tokenRequestFormat":"json","scope":["orders.read","offline_access"],"audience":"api://orders",
             "resource":["https://r1.example/","https://r2.example/"],"additionalTokenParameters":{"tenant":"t-9"},
             "additionalRefreshParameters":{"refresh_mode":"rotate"},
             "tokenRequestHeaders":[{"name":"X-Tenant","value":"t1","secret":false},{"name":"X-Token-Key","value":"header-secret-7731","secret":true}],
             "tokenResponseMapping":{"accessToken":"access_token","refreshToken":"refresh_token","expiresIn":"expires_in","expiresInUnit":"seconds"},
             "defaultTokenLifetime":"PT5M","expirySkew":30,
             "unauthorizedSignals":{"statusCodes":[401],"bodyConditions":[{"path":"error.code","equals":"TOKEN_EXPIRED"},{"path":"message","pattern":"expired"}]},
             "retryOnUnauthorized":"idempotentOnly","codeVerifierReference":"{Auth.code_verifier}","revocationUrl":"{{endpoint.RevocationUrl}}"}
            """));

        using var stored = await Admin.GetAsync($"/v1/authentication-methods/{method}", TestContext.Current.CancellationToken);
        var text = await stored.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var settings = JsonDocument.Parse(text).RootElement.GetProperty("settings");
        Assert.DoesNotContain("header-secret-7731", text, StringComparison.Ordinal);
        Assert.Equal("raw", settings.GetProperty("basicAuthEncoding").GetString());
        Assert.Equal("json", settings.GetProperty("tokenRequestFormat").GetString());
        Assert.Equal("idempotentOnly", settings.GetProperty("retryOnUnauthorized").GetString());
        Assert.Equal("{Auth.code_verifier}", settings.GetProperty("codeVerifierReference").GetString());
        Assert.Equal(endpoint.RevocationUrl.AbsoluteUri, settings.GetProperty("revocationUrl").GetString());

        using var put = new HttpRequestMessage(HttpMethod.Put, $"/v1/authentication-methods/{method}") { Content = HubApi.Json(text) };
        put.Headers.TryAddWithoutValidation("If-Match", stored.Headers.ETag?.ToString());
        using var updated = await Admin.SendAsync(put, TestContext.Current.CancellationToken);
        Assert.True(updated.StatusCode == HttpStatusCode.OK, await updated.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var connection = await Admin.CreateConnectionAsync("valid-all", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-valid-all", new { authorization_code = "authcode-valid-all", redirect_uri = TokenMethods.RedirectUri, code_verifier = "verifier-valid-all" });
        Assert.Equal("completed", (await Admin.CallAsync("conv-valid-all", connection, "/orders")).Outcome());
        var request = Assert.Single(endpoint.TokenRequests);
        Assert.Equal("header-secret-7731", request.Headers.GetValueOrDefault("X-Token-Key"));
    }

    private static bool IsAtOrBelow(string key, string path) =>
        key == path || key.StartsWith(path + ".", StringComparison.Ordinal) || key.StartsWith(path + "[", StringComparison.Ordinal);

    private async Task<IReadOnlyList<string>> PostInvalidAsync(string json)
    {
        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json(json), TestContext.Current.CancellationToken);
        var problem = await response.ReadJsonAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400 for {json} but got {(int)response.StatusCode}: {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }
}
