using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>Upstream responses that mean "credentials no longer valid": one new token and one retry, never a loop.</summary>
public sealed class UnauthorizedRetryTests(TokenHandlingFixture fixture) : LeakCheckedTests(fixture), IClassFixture<TokenHandlingFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    // A 401 invalid_token to a cached, unexpired token evicts it, gets one new token and retries once.
    [Fact]
    public async Task ClientCredentials_Upstream401_NewTokenAndOneRetry()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.RejectToken(ScriptedTokenEndpoint.AccessToken(1));
        var connection = await CreateClientCredentialsAsync("cc-401-retry", endpoint, upstream);

        var envelope = await Admin.CallAsync("conv-cc-401-retry", connection, "/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Equal(2, endpoint.TokenRequests.Count);
        Assert.Equal([Bearer(1), Bearer(2)], upstream.AuthorizationHeaders);

        var next = await Admin.CallAsync("conv-cc-401-retry", connection, "/orders");
        Assert.Equal(Bearer(2), next.EchoedAuthorization());
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // A 401 to the retry is returned as it is, without a third request.
    [Fact]
    public async Task ClientCredentials_Upstream401Twice_ReturnedNoThirdRequest()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.Responder = _ => ScriptedUpstream.InvalidToken();
        var connection = await CreateClientCredentialsAsync("cc-401-twice", endpoint, upstream);

        var envelope = await Admin.CallAsync("conv-cc-401-twice", connection, "/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(401, envelope.UpstreamStatus());
        Assert.Equal(2, upstream.Requests.Count);
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // For the code flow, an upstream 401 leads to a refresh and one retry with the refreshed token.
    [Fact]
    public async Task AuthorizationCode_Upstream401_RefreshesAndRetries()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.RejectToken(ScriptedTokenEndpoint.AccessToken(1));
        var connection = await CreateAuthorizationCodeAsync("code-401-retry", endpoint, upstream);
        await Admin.AuthenticateAsync("conv-code-401-retry", TokenMethods.CodeData("authcode-401-retry"));

        var envelope = await Admin.CallAsync("conv-code-401-retry", connection, "/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Equal(["authorization_code", "refresh_token"], endpoint.TokenRequests.Select(r => r.GrantType));
        Assert.Equal(ScriptedTokenEndpoint.RefreshToken(1), endpoint.TokenRequests[1].Field("refresh_token"));
        Assert.Equal([Bearer(1), Bearer(2)], upstream.AuthorizationHeaders);
    }

    // For the code flow, a 401 to the retry drops the client data and requests authentication, without a third request.
    [Fact]
    public async Task AuthorizationCode_Upstream401Twice_AuthenticationRequired()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.Responder = _ => ScriptedUpstream.InvalidToken();
        var connection = await CreateAuthorizationCodeAsync("code-401-twice", endpoint, upstream);
        await Admin.AuthenticateAsync("conv-code-401-twice", TokenMethods.CodeData("authcode-401-twice"));
        await using var stream = await Admin.OpenStreamAsync();

        var envelope = await Admin.CallAsync("conv-code-401-twice", connection, "/orders");

        Assert.Equal("authenticationRequired", envelope.Outcome());
        Assert.Equal("upstreamUnauthorized", envelope.Reason());
        Assert.Equal(2, upstream.Requests.Count);
        Assert.Equal(2, endpoint.TokenRequests.Count);
        var message = await stream.NextAsync("authenticationRequested");
        Assert.Equal("conv-code-401-twice", message.Data.GetProperty("conversationId").GetString());
        Assert.Equal("upstreamUnauthorized", message.Data.GetProperty("reason").GetString());
        Assert.Equal("missingClientData", (await Admin.CallAsync("conv-code-401-twice", connection, "/orders")).Reason());
    }

    // A 403 is not an unauthorized signal by default: it is returned without a new token or a retry.
    [Fact]
    public async Task Upstream403_DefaultSignals_NotRetried()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.RejectToken(ScriptedTokenEndpoint.AccessToken(1), status: 403);
        var connection = await CreateClientCredentialsAsync("cc-403", endpoint, upstream);

        var envelope = await Admin.CallAsync("conv-cc-403", connection, "/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(403, envelope.UpstreamStatus());
        Assert.Single(upstream.Requests);
        Assert.Single(endpoint.TokenRequests);
    }

    // unauthorizedSignals.statusCodes can make a 403 a signal.
    [Fact]
    public async Task Upstream403_ConfiguredSignal_Retried()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.RejectToken(ScriptedTokenEndpoint.AccessToken(1), status: 403);
        var connection = await CreateClientCredentialsAsync("cc-403-signal", endpoint, upstream, """{"unauthorizedSignals":{"statusCodes":[401,403]}}""");

        var envelope = await Admin.CallAsync("conv-cc-403-signal", connection, "/orders");

        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Equal([Bearer(1), Bearer(2)], upstream.AuthorizationHeaders);
    }

    // A body condition with "equals" marks a non-401 response as a signal.
    [Fact]
    public async Task BodyConditionEquals_Matches_Retried()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.Responder = request => request.Headers.GetValueOrDefault("Authorization") == Bearer(1)
            ? ScriptedResponse.Json("""{"error":{"code":"TOKEN_EXPIRED"}}""", 400)
            : null;
        var connection = await CreateClientCredentialsAsync("cc-body-equals", endpoint, upstream, """
            {"unauthorizedSignals":{"bodyConditions":[{"path":"error.code","equals":"TOKEN_EXPIRED"}]}}
            """);

        var envelope = await Admin.CallAsync("conv-cc-body-equals", connection, "/orders");

        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Equal([Bearer(1), Bearer(2)], upstream.AuthorizationHeaders);
    }

    // A body condition with "pattern" matches a message, even in a 200 response.
    [Fact]
    public async Task BodyConditionPattern_Matches_Retried()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.Responder = request => request.Headers.GetValueOrDefault("Authorization") == Bearer(1)
            ? ScriptedResponse.Json("""{"ok":false,"message":"Session expired, sign in again"}""")
            : null;
        var connection = await CreateClientCredentialsAsync("cc-body-pattern", endpoint, upstream, """
            {"unauthorizedSignals":{"statusCodes":[401],"bodyConditions":[{"path":"message","pattern":"expired"}]}}
            """);

        var envelope = await Admin.CallAsync("conv-cc-body-pattern", connection, "/orders");

        Assert.Equal(Bearer(2), envelope.EchoedAuthorization());
        Assert.Equal(2, endpoint.TokenRequests.Count);
    }

    // A response that matches no body condition and no status code is returned without a retry.
    [Fact]
    public async Task BodyCondition_NoMatch_NotRetried()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.Responder = _ => ScriptedResponse.Json("""{"error":{"code":"OUT_OF_STOCK"}}""", 400);
        var connection = await CreateClientCredentialsAsync("cc-body-no-match", endpoint, upstream, """
            {"unauthorizedSignals":{"bodyConditions":[{"path":"error.code","equals":"TOKEN_EXPIRED"}]}}
            """);

        var envelope = await Admin.CallAsync("conv-cc-body-no-match", connection, "/orders");

        Assert.Equal(400, envelope.UpstreamStatus());
        Assert.Single(upstream.Requests);
        Assert.Single(endpoint.TokenRequests);
    }

    // retryOnUnauthorized idempotentOnly retries a GET but returns the 401 of a POST.
    [Theory]
    [InlineData("GET", 2)]
    [InlineData("PUT", 2)]
    [InlineData("POST", 1)]
    [InlineData("PATCH", 1)]
    public async Task IdempotentOnly_RetriesIdempotentMethodsOnly(string httpMethod, int expectedRequests)
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.RejectToken(ScriptedTokenEndpoint.AccessToken(1));
        var name = "idempotent-only-" + httpMethod.ToLowerInvariant();
        var connection = await CreateClientCredentialsAsync(name, endpoint, upstream, """{"retryOnUnauthorized":"idempotentOnly"}""");

        var envelope = await Admin.CallAsync("conv-" + name, connection, "/orders", method: httpMethod);

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(expectedRequests == 2 ? 200 : 401, envelope.UpstreamStatus());
        Assert.Equal(expectedRequests, upstream.Requests.Count);
        Assert.All(upstream.Requests, r => Assert.Equal(httpMethod, r.Method));
    }

    // retryOnUnauthorized never returns the 401 as completed without a retry.
    [Fact]
    public async Task Never_Upstream401_ReturnedWithoutRetry()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        upstream.RejectToken(ScriptedTokenEndpoint.AccessToken(1));
        var connection = await CreateClientCredentialsAsync("cc-never-retry", endpoint, upstream, """{"retryOnUnauthorized":"never"}""");

        var envelope = await Admin.CallAsync("conv-cc-never-retry", connection, "/orders");

        Assert.Equal("completed", envelope.Outcome());
        Assert.Equal(401, envelope.UpstreamStatus());
        Assert.Single(upstream.Requests);
        Assert.Single(endpoint.TokenRequests);
    }

    private static string Bearer(int tokenNumber) => "Bearer " + ScriptedTokenEndpoint.AccessToken(tokenNumber);

    private async Task<string> CreateClientCredentialsAsync(string name, ScriptedTokenEndpoint endpoint, ScriptedUpstream upstream, string extraSettings = "{}")
    {
        var method = await Admin.CreateMethodAsync(TokenMethods.ClientCredentials(name, endpoint.TokenUrl, extraSettings));
        return await Admin.CreateConnectionAsync(name, upstream.BaseAddress, method);
    }

    private async Task<string> CreateAuthorizationCodeAsync(string name, ScriptedTokenEndpoint endpoint, ScriptedUpstream upstream)
    {
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode(name, endpoint.TokenUrl));
        return await Admin.CreateConnectionAsync(name, upstream.BaseAddress, method);
    }
}
