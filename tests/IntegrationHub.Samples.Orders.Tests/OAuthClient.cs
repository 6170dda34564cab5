using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Duende.IdentityModel.Client;

namespace IntegrationHub.Samples.Orders.Tests;

/// <summary>
/// Token requests against an <see cref="OrdersSampleServer"/> through Duende.IdentityModel.
/// </summary>
internal static class OAuthClient
{
    public static Task<TokenResponse> RequestClientTokenAsync(
        HttpClient httpClient,
        OrdersSampleServer server,
        ClientCredentialStyle style = ClientCredentialStyle.AuthorizationHeader,
        string? secret = null,
        string? scope = null) =>
        httpClient.RequestClientCredentialsTokenAsync(
            new ClientCredentialsTokenRequest
            {
                Address = server.TokenEndpoint.AbsoluteUri,
                ClientId = server.Options.MachineClientId,
                ClientSecret = secret ?? server.Options.MachineClientSecret,
                ClientCredentialStyle = style,
                Scope = scope,
            },
            TestContext.Current.CancellationToken);

    public static Task<TokenResponse> ExchangeCodeAsync(
        HttpClient httpClient,
        OrdersSampleServer server,
        string code,
        string? codeVerifier = null,
        ClientCredentialStyle style = ClientCredentialStyle.AuthorizationHeader) =>
        httpClient.RequestAuthorizationCodeTokenAsync(
            new AuthorizationCodeTokenRequest
            {
                Address = server.TokenEndpoint.AbsoluteUri,
                ClientId = server.Options.WebClientId,
                ClientSecret = server.Options.WebClientSecret,
                ClientCredentialStyle = style,
                Code = code,
                RedirectUri = TestOptions.RedirectUri,
                CodeVerifier = codeVerifier,
            },
            TestContext.Current.CancellationToken);

    public static Task<TokenResponse> RefreshAsync(HttpClient httpClient, OrdersSampleServer server, string refreshToken) =>
        httpClient.RequestRefreshTokenAsync(
            new RefreshTokenRequest
            {
                Address = server.TokenEndpoint.AbsoluteUri,
                ClientId = server.Options.WebClientId,
                ClientSecret = server.Options.WebClientSecret,
                RefreshToken = refreshToken,
            },
            TestContext.Current.CancellationToken);

    /// <summary>Signs in the demo user through the authorize endpoint and exchanges the code for tokens.</summary>
    public static async Task<TokenResponse> RequestUserTokenAsync(HttpClient httpClient, OrdersSampleServer server)
    {
        var code = await server.GetAuthorizationCodeAsync(TestOptions.RedirectUri, cancellationToken: TestContext.Current.CancellationToken);
        var response = await ExchangeCodeAsync(httpClient, server, code);
        Assert.False(response.IsError, response.Raw);
        return response;
    }

    /// <summary>Returns the OAuth <c>error</c> member parsed from the raw token response body.</summary>
    public static string? GetOAuthError(TokenResponse response) =>
        JsonDocument.Parse(response.Raw!).RootElement.TryGetProperty("error", out var error) ? error.GetString() : null;

    /// <summary>Sends GET with a bearer token, or without Authorization when <paramref name="accessToken"/> is null.</summary>
    public static async Task<HttpResponseMessage> GetWithBearerAsync(HttpClient httpClient, Uri uri, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await httpClient.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Returns an RFC 7636 verifier and its S256 challenge.</summary>
    public static (string Verifier, string Challenge) CreatePkcePair()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return (verifier, challenge);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
