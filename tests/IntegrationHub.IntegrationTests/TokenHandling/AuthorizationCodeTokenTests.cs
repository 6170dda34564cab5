using System.Security.Cryptography;
using System.Text;
using IntegrationHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>The code flow's tokens: one exchange per code, refreshes that send only what a refresh needs, and revocation when the data goes.</summary>
public sealed class AuthorizationCodeTokenTests(TokenHandlingFixture fixture) : LeakCheckedTests(fixture), IClassFixture<TokenHandlingFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    /// <summary>Returns a code flow method for the orders sample's <c>orders-web</c> client.</summary>
    private string SampleMethod(string name, string extraSettings = "{}") => TokenMethods.AuthorizationCode(
        name,
        fixture.Orders.TokenEndpoint,
        $$"""{"clientId":"orders-web","clientSecret":"{{TokenHandlingFixture.WebSecret}}"}""",
        extraSettings);

    // With PKCE the verifier goes to the exchange only. A refresh sends grant_type and refresh_token, never code, redirect_uri or code_verifier.
    [Fact]
    public async Task Refresh_WithPkce_SendsOnlyRefreshFields()
    {
        const string verifier = "verifier-0123456789abcdefghijklmnopqrstuvwxyz~._-ABCDEFG";
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var method = await Admin.CreateMethodAsync(SampleMethod("pkce-refresh", """{"codeVerifierReference":"{Auth.code_verifier}"}"""));
        var connection = await Admin.CreateConnectionAsync("pkce-refresh", fixture.Orders.BaseAddress, method);
        var code = await fixture.Orders.GetAuthorizationCodeAsync(TokenHandlingFixture.SampleRedirectUri, challenge, cancellationToken: TestContext.Current.CancellationToken);
        await Admin.AuthenticateAsync("conv-pkce-refresh", new { authorization_code = code, redirect_uri = TokenHandlingFixture.SampleRedirectUri, code_verifier = verifier });
        fixture.Orders.ClearTokenRequests();

        Assert.Equal(200, (await Admin.CallAsync("conv-pkce-refresh", connection, "/user/orders")).UpstreamStatus());
        fixture.Hub.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(200, (await Admin.CallAsync("conv-pkce-refresh", connection, "/user/orders")).UpstreamStatus());

        var requests = fixture.Orders.TokenRequests;
        Assert.Equal(["authorization_code", "refresh_token"], requests.Select(r => r.GrantType));
        Assert.Contains("code_verifier", requests[0].FormFieldNames);
        Assert.Contains("refresh_token", requests[1].FormFieldNames);
        Assert.DoesNotContain("code", requests[1].FormFieldNames);
        Assert.DoesNotContain("redirect_uri", requests[1].FormFieldNames);
        Assert.DoesNotContain("code_verifier", requests[1].FormFieldNames);
    }

    // The verifier is sent unchanged, and the refresh carries additionalRefreshParameters that the exchange does not.
    [Fact]
    public async Task Refresh_SendsRefreshParametersOnly()
    {
        const string verifier = "verifier-Zz9~._-kept+as/is";
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("refresh-parameters", endpoint.TokenUrl, """
            {"codeVerifierReference":"{Auth.code_verifier}","additionalTokenParameters":{"tenant":"t-9"},"additionalRefreshParameters":{"refresh_mode":"rotate"}}
            """));
        var connection = await Admin.CreateConnectionAsync("refresh-parameters", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-refresh-parameters", new { authorization_code = "authcode-refresh-parameters", redirect_uri = TokenMethods.RedirectUri, code_verifier = verifier });

        await Admin.CallAsync("conv-refresh-parameters", connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        await Admin.CallAsync("conv-refresh-parameters", connection, "/orders");

        var requests = endpoint.TokenRequests;
        Assert.Equal(["authorization_code", "refresh_token"], requests.Select(r => r.GrantType));
        var exchange = requests[0];
        Assert.Equal(verifier, exchange.Field("code_verifier"));
        Assert.Equal("t-9", exchange.Field("tenant"));
        Assert.Null(exchange.Field("refresh_mode"));

        var refresh = requests[1];
        Assert.Equal(ScriptedTokenEndpoint.RefreshToken(1), refresh.Field("refresh_token"));
        Assert.Equal("t-9", refresh.Field("tenant"));
        Assert.Equal("rotate", refresh.Field("refresh_mode"));
        Assert.Null(refresh.Field("code"));
        Assert.Null(refresh.Field("redirect_uri"));
        Assert.Null(refresh.Field("code_verifier"));
    }

    // A refresh response without refresh_token keeps the previous refresh token for the next refresh.
    [Fact]
    public async Task Refresh_MissingRefreshToken_KeepsPrevious()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        endpoint.Responder = request => endpoint.IssueToken(withRefreshToken: request.GrantType == "authorization_code");
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("keep-refresh", endpoint.TokenUrl));
        var connection = await Admin.CreateConnectionAsync("keep-refresh", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-keep-refresh", TokenMethods.CodeData("authcode-keep-refresh"));

        await Admin.CallAsync("conv-keep-refresh", connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        var afterFirstRefresh = await Admin.CallAsync("conv-keep-refresh", connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        var afterSecondRefresh = await Admin.CallAsync("conv-keep-refresh", connection, "/orders");

        Assert.Equal(["authorization_code", "refresh_token", "refresh_token"], endpoint.TokenRequests.Select(r => r.GrantType));
        Assert.All(endpoint.TokenRequests.Skip(1), r => Assert.Equal(ScriptedTokenEndpoint.RefreshToken(1), r.Field("refresh_token")));
        Assert.Equal("Bearer " + ScriptedTokenEndpoint.AccessToken(2), afterFirstRefresh.EchoedAuthorization());
        Assert.Equal("Bearer " + ScriptedTokenEndpoint.AccessToken(3), afterSecondRefresh.EchoedAuthorization());
    }

    // A refresh rejected with invalid_grant clears the data and requests authentication with the reason refreshFailed.
    [Fact]
    public async Task Refresh_InvalidGrant_RefreshFailedAndDataCleared()
    {
        var method = await Admin.CreateMethodAsync(SampleMethod("refresh-invalid-grant"));
        var connection = await Admin.CreateConnectionAsync("refresh-invalid-grant", fixture.Orders.BaseAddress, method);
        var code = await fixture.Orders.GetAuthorizationCodeAsync(TokenHandlingFixture.SampleRedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        await Admin.AuthenticateAsync("conv-refresh-invalid-grant", TokenMethods.CodeData(code, TokenHandlingFixture.SampleRedirectUri));
        Assert.Equal(200, (await Admin.CallAsync("conv-refresh-invalid-grant", connection, "/user/orders")).UpstreamStatus());
        await fixture.Orders.RevokeAsync("demo-user", TestContext.Current.CancellationToken);
        fixture.Hub.Time.Advance(TimeSpan.FromHours(2));
        fixture.Orders.ClearTokenRequests();
        await using var stream = await Admin.OpenStreamAsync();

        var envelope = await Admin.CallAsync("conv-refresh-invalid-grant", connection, "/user/orders");

        Assert.Equal("authenticationRequired", envelope.Outcome());
        Assert.Equal("refreshFailed", envelope.Reason());
        var refresh = Assert.Single(fixture.Orders.TokenRequests);
        Assert.Equal("refresh_token", refresh.GrantType);
        Assert.Equal(400, refresh.StatusCode);
        var message = await stream.NextAsync("authenticationRequested");
        Assert.Equal("conv-refresh-invalid-grant", message.Data.GetProperty("conversationId").GetString());
        Assert.Equal("refreshFailed", message.Data.GetProperty("reason").GetString());
        Assert.Equal("missingClientData", (await Admin.CallAsync("conv-refresh-invalid-grant", connection, "/user/orders")).Reason());
    }

    // Posting the same authorization code again keeps the tokens it produced instead of exchanging it a second time.
    [Fact]
    public async Task SameCodeAuthenticatedTwice_ExchangedOnce()
    {
        var method = await Admin.CreateMethodAsync(SampleMethod("same-code-twice"));
        var connection = await Admin.CreateConnectionAsync("same-code-twice", fixture.Orders.BaseAddress, method);
        var code = await fixture.Orders.GetAuthorizationCodeAsync(TokenHandlingFixture.SampleRedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        var data = TokenMethods.CodeData(code, TokenHandlingFixture.SampleRedirectUri);
        fixture.Orders.ClearTokenRequests();

        await Admin.AuthenticateAsync("conv-same-code-twice", data);
        var first = await Admin.CallAsync("conv-same-code-twice", connection, "/user/orders");
        await Admin.AuthenticateAsync("conv-same-code-twice", data);
        var second = await Admin.CallAsync("conv-same-code-twice", connection, "/user/orders");

        Assert.Equal(200, first.UpstreamStatus());
        Assert.Equal("completed", second.Outcome());
        Assert.Equal(200, second.UpstreamStatus());
        var exchange = Assert.Single(fixture.Orders.TokenRequests);
        Assert.Equal("authorization_code", exchange.GrantType);
    }

    // 200 concurrent calls of one conversation whose token just expired share one refresh and all use its token.
    [Fact]
    public async Task ConcurrentCalls_ExpiredToken_OneRefresh()
    {
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(SampleMethod("concurrent-refresh"));
        var connection = await Admin.CreateConnectionAsync("concurrent-refresh", upstream.BaseAddress, method);
        var code = await fixture.Orders.GetAuthorizationCodeAsync(TokenHandlingFixture.SampleRedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        await Admin.AuthenticateAsync("conv-concurrent-refresh", TokenMethods.CodeData(code, TokenHandlingFixture.SampleRedirectUri));
        var before = await Admin.CallAsync("conv-concurrent-refresh", connection, "/orders");
        fixture.Hub.Time.Advance(TimeSpan.FromHours(1));
        fixture.Orders.ClearTokenRequests();
        while (upstream.Requests.TryDequeue(out _))
        {
        }

        var envelopes = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Admin.CallAsync("conv-concurrent-refresh", connection, "/orders")));

        Assert.All(envelopes, e => Assert.Equal(200, e.UpstreamStatus()));
        var refresh = Assert.Single(fixture.Orders.TokenRequests);
        Assert.Equal("refresh_token", refresh.GrantType);
        Assert.Equal(200, refresh.StatusCode);
        Assert.Equal(200, upstream.Requests.Count);
        var used = Assert.Single(upstream.AuthorizationHeaders.Distinct());
        Assert.NotEqual(before.EchoedAuthorization(), used);
    }

    // Deleting a conversation's data revokes its refresh token at revocationUrl (RFC 7009).
    [Fact]
    public async Task DeleteAuthentication_RevokesRefreshToken()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("revoke-delete", endpoint.TokenUrl, $$"""{"revocationUrl":"{{endpoint.RevocationUrl}}"}"""));
        var connection = await Admin.CreateConnectionAsync("revoke-delete", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-revoke-delete", TokenMethods.CodeData("authcode-revoke-delete"));
        Assert.Equal("completed", (await Admin.CallAsync("conv-revoke-delete", connection, "/orders")).Outcome());

        using var deleted = await Admin.DeleteAsync("/v1/conversations/conv-revoke-delete/authentication", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, deleted.StatusCode);

        var revocation = await endpoint.WaitForRequestAsync(r => r.Path == "/revoke");
        Assert.Equal("POST", revocation.Method);
        Assert.Equal(ScriptedTokenEndpoint.RefreshToken(1), revocation.Field("token"));
        Assert.Contains(revocation.Field("token_type_hint"), new[] { null, "refresh_token" });
        Assert.Equal(endpoint.TokenRequests[0].Authorization, revocation.Authorization);
    }

    // Replacing a conversation's data through authenticate revokes the refresh token obtained from the old data.
    [Fact]
    public async Task ReplaceAuthentication_RevokesOldRefreshToken()
    {
        await using var endpoint = await ScriptedTokenEndpoint.StartAsync();
        await using var upstream = await ScriptedUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(TokenMethods.AuthorizationCode("revoke-replace", endpoint.TokenUrl, $$"""{"revocationUrl":"{{endpoint.RevocationUrl}}"}"""));
        var connection = await Admin.CreateConnectionAsync("revoke-replace", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("conv-revoke-replace", TokenMethods.CodeData("authcode-revoke-replace-1"));
        Assert.Equal("completed", (await Admin.CallAsync("conv-revoke-replace", connection, "/orders")).Outcome());

        await Admin.AuthenticateAsync("conv-revoke-replace", TokenMethods.CodeData("authcode-revoke-replace-2"));

        var revocation = await endpoint.WaitForRequestAsync(r => r.Path == "/revoke");
        Assert.Equal(ScriptedTokenEndpoint.RefreshToken(1), revocation.Field("token"));
        var envelope = await Admin.CallAsync("conv-revoke-replace", connection, "/orders");
        Assert.Equal("Bearer " + ScriptedTokenEndpoint.AccessToken(2), envelope.EchoedAuthorization());
        Assert.Equal("authcode-revoke-replace-2", endpoint.TokenRequests[1].Field("code"));
    }
}
