using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>How token responses that deviate from RFC 6749 §5 are read: token types, content types, errors in a 200 body, mapped fields.</summary>
public sealed class TokenResponseTests(TokenHandlingFixture fixture) : LeakCheckedTests(fixture), IClassFixture<TokenHandlingFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    // A lower-case or missing token_type is accepted, and the header template decides the scheme sent upstream.
    [Theory]
    [InlineData("bearer")]
    [InlineData(null)]
    public async Task TokenType_BearerOrMissing_Accepted(string? tokenType)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Token("atk_1", expiresIn: 3600, tokenType: tokenType);
        var name = "token-type-" + (tokenType ?? "missing");
        var connection = await Admin.CreateConnectionAsync(name, upstream.BaseAddress, await Admin.CreateMethodAsync(TokenMethods.ClientCredentials(name, endpoint.TokenUrl)));

        var envelope = await Admin.CallAsync("conv-" + name, connection, "/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal("Bearer atk_1", envelope.EchoedAuthorization());
    }

    // The header template, not token_type, sets the scheme.
    [Fact]
    public async Task TokenType_HeaderTemplateDecidesScheme()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Token("atk_1", expiresIn: 3600, tokenType: "bearer");
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("token-type-template", endpoint.TokenUrl, """
            {"headers":[{"name":"Authorization","value":"Token {OAuth.access_token}"}]}
            """));
        var connection = await Admin.CreateConnectionAsync("token-type-template", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-token-type-template", connection, "/orders");

        Assert.Equal("Token atk_1", envelope.EchoedAuthorization());
    }

    // A token type that IntegrationHub cannot apply, such as DPoP, fails the call with unsupportedTokenType, and nothing goes upstream.
    [Theory]
    [InlineData("DPoP")]
    [InlineData("mac")]
    public async Task TokenType_Unsupported_Fails(string tokenType)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Token("atk_1", expiresIn: 3600, tokenType: tokenType);
        var name = "token-type-" + tokenType.ToLowerInvariant();
        var connection = await Admin.CreateConnectionAsync(name, upstream.BaseAddress, await Admin.CreateMethodAsync(TokenMethods.ClientCredentials(name, endpoint.TokenUrl)));

        var envelope = await Admin.CallAsync("conv-" + name, connection, "/orders");

        Assert.Equal("failed", envelope.Outcome());
        Assert.Equal("unsupportedTokenType", envelope.ErrorCode());
        Assert.Empty(upstream.Requests);
    }

    // A form-urlencoded token response, GitHub's default format, is read, and token requests send Accept: application/json.
    [Fact]
    public async Task FormEncodedResponse_Parsed()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Text(200, "application/x-www-form-urlencoded", "access_token=gho_x&token_type=bearer&scope=repo");
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("form-response", endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync("form-response", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-form-response", connection, "/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal("Bearer gho_x", envelope.EchoedAuthorization());
        var request = Assert.Single(endpoint.TokenRequests);
        var accepted = request.Headers.GetValueOrDefault("Accept") ?? string.Empty;
        Assert.Contains("application/json", accepted.Split(',').Select(a => a.Split(';')[0].Trim()));
    }

    // An OAuth error in a 200 body is a failure, not a token.
    [Fact]
    public async Task ErrorIn200Body_Fails()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Json("""
            {"error":"incorrect_client_credentials","error_description":"The client_id and/or client_secret passed are incorrect."}
            """);
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("error-in-200", endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync("error-in-200", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-error-in-200", connection, "/orders");

        Assert.Equal("failed", envelope.Outcome());
        Assert.Equal("tokenRequestRejected", envelope.ErrorCode());
        Assert.Equal("incorrect_client_credentials", envelope.OAuthError());
        Assert.Empty(upstream.Requests);
    }

    // A JSON token body is read whatever JSON-compatible content type it is labelled with.
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=utf-8")]
    public async Task JsonBody_AnyContentType_Parsed(string contentType)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Text(200, contentType, """{"access_token":"atk_1","token_type":"Bearer","expires_in":3600}""");
        var name = "content-type-" + contentType.Split('/', ';')[1].Trim();
        var connection = await Admin.CreateConnectionAsync(name, upstream.BaseAddress, await Admin.CreateMethodAsync(TokenMethods.ClientCredentials(name, endpoint.TokenUrl)));

        var envelope = await Admin.CallAsync("conv-" + name, connection, "/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal("Bearer atk_1", envelope.EchoedAuthorization());
    }

    // A 200 response without an access token is an invalid token response.
    [Fact]
    public async Task NoAccessToken_FailsInvalidTokenResponse()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Json("""{"token_type":"Bearer","expires_in":3600}""");
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("no-access-token", endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync("no-access-token", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-no-access-token", connection, "/orders");

        Assert.Equal("failed", envelope.Outcome());
        Assert.Equal("invalidTokenResponse", envelope.ErrorCode());
        Assert.Empty(upstream.Requests);
    }

    // tokenResponseMapping reads the token and lifetime from nested fields, converting the lifetime's unit.
    [Theory]
    [InlineData("seconds", 300)]
    [InlineData("milliseconds", 300_000)]
    [InlineData("minutes", 5)]
    public async Task Mapping_NestedExpiresIn_UnitApplied(string unit, int ttl)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Json(JsonSerializer.Serialize(new { data = new { token = "atk_" + ttl, ttl } }));
        var name = "mapping-unit-" + unit;
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials(name, endpoint.TokenUrl, $$$"""
            {"tokenResponseMapping":{"accessToken":"data.token","expiresIn":"data.ttl","expiresInUnit":"{{{unit}}}"}}
            """));
        var connection = await Admin.CreateConnectionAsync(name, upstream.BaseAddress, method);

        var first = await Admin.CallAsync("conv-" + name, connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(200));
        await Admin.CallAsync("conv-" + name, connection, "/orders");
        Assert.Single(endpoint.TokenRequests);
        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(100));
        await Admin.CallAsync("conv-" + name, connection, "/orders");

        Assert.Equal("Bearer atk_" + ttl, first.EchoedAuthorization());
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // tokenResponseMapping.expiresAt reads an absolute expiry: a number is Unix seconds, a string is ISO 8601.
    [Theory]
    [InlineData("unix")]
    [InlineData("iso")]
    public async Task Mapping_ExpiresAt_Used(string form)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ =>
        {
            var expiresAt = fixture.Hub.Time.GetUtcNow().AddSeconds(300);
            object exp = form == "unix" ? expiresAt.ToUnixTimeSeconds() : expiresAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
            return ScriptedResponse.Json(JsonSerializer.Serialize(new { access_token = "atk_7", data = new { exp } }));
        };
        var name = "mapping-expires-at-" + form;
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials(name, endpoint.TokenUrl, """{"tokenResponseMapping":{"expiresAt":"data.exp"}}"""));
        var connection = await Admin.CreateConnectionAsync(name, upstream.BaseAddress, method);

        var first = await Admin.CallAsync("conv-" + name, connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(200));
        await Admin.CallAsync("conv-" + name, connection, "/orders");
        Assert.Single(endpoint.TokenRequests);
        fixture.Hub.Time.Advance(TimeSpan.FromSeconds(100));
        await Admin.CallAsync("conv-" + name, connection, "/orders");

        Assert.Equal("Bearer atk_7", first.EchoedAuthorization());
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // tokenResponseMapping.refreshToken reads the refresh token that the next refresh sends.
    [Fact]
    public async Task Mapping_RefreshToken_SentOnRefresh()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Json("""{"data":{"token":"atk_8","refresh":"rtk_8","ttl":3600}}""");
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("mapping-refresh", endpoint.TokenUrl, """
            {"tokenResponseMapping":{"accessToken":"data.token","refreshToken":"data.refresh","expiresIn":"data.ttl"}}
            """));
        var connection = await Admin.CreateConnectionAsync("mapping-refresh", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-mapping-refresh", TokenMethods.CodeData("authcode-mapping-refresh"));

        await Admin.CallAsync("conv-mapping-refresh", connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        var envelope = await Admin.CallAsync("conv-mapping-refresh", connection, "/orders");

        Assert.Equal("Bearer atk_8", envelope.EchoedAuthorization());
        Assert.Equal(["authorization_code", "refresh_token"], endpoint.TokenRequests.Select(r => r.GrantType));
        Assert.Equal("rtk_8", endpoint.TokenRequests[1].Field("refresh_token"));
    }

    // A mapping whose access token path is absent from the response yields no token.
    [Fact]
    public async Task Mapping_MissingPath_FailsInvalidTokenResponse()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = _ => ScriptedResponse.Token("atk_1");
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials("mapping-missing", endpoint.TokenUrl, """{"tokenResponseMapping":{"accessToken":"data.token"}}"""));
        var connection = await Admin.CreateConnectionAsync("mapping-missing", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("conv-mapping-missing", connection, "/orders");

        Assert.Equal("failed", envelope.Outcome());
        Assert.Equal("invalidTokenResponse", envelope.ErrorCode());
        Assert.Empty(upstream.Requests);
    }
}
