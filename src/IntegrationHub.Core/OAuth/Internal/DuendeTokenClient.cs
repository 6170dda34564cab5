using System.Net;
using Duende.IdentityModel.Client;
using IntegrationHub.Methods;
using IntegrationHub.Secrets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.OAuth.Internal;

/// <summary>Sends token requests with Duende.IdentityModel and turns every response into a <see cref="TokenResult"/>.</summary>
internal sealed class DuendeTokenClient : ITokenClient
{
    /// <summary>The name of the <see cref="HttpClient"/> used for token endpoints.</summary>
    public const string HttpClientName = "IntegrationHub.TokenEndpoint";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly IOptionsMonitor<OAuthOptions> _options;
    private readonly ILogger<DuendeTokenClient> _logger;

    public DuendeTokenClient(IHttpClientFactory httpClientFactory, TimeProvider timeProvider, IOptionsMonitor<OAuthOptions> options, ILogger<DuendeTokenClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _options = options;
        _logger = logger;
    }

    public Task<TokenResult> RequestClientCredentialsTokenAsync(OAuthSettings settings, CancellationToken cancellationToken = default)
    {
        var request = Prepare(new ClientCredentialsTokenRequest(), settings);
        request.Scope = settings.Scope;
        return SendAsync(settings, "client_credentials", (client, ct) => client.RequestClientCredentialsTokenAsync(request, ct), cancellationToken);
    }

    public Task<TokenResult> RequestAuthorizationCodeTokenAsync(OAuthAuthorizationCodeSettings settings, string code, string redirectUri, CancellationToken cancellationToken = default)
    {
        var request = Prepare(new AuthorizationCodeTokenRequest(), settings);
        request.Code = code;
        request.RedirectUri = redirectUri;
        return SendAsync(settings, "authorization_code", (client, ct) => client.RequestAuthorizationCodeTokenAsync(request, ct), cancellationToken);
    }

    public Task<TokenResult> RequestRefreshTokenAsync(OAuthSettings settings, string refreshToken, CancellationToken cancellationToken = default)
    {
        var request = Prepare(new RefreshTokenRequest(), settings);
        request.RefreshToken = refreshToken;
        return SendAsync(settings, "refresh_token", (client, ct) => client.RequestRefreshTokenAsync(request, ct), cancellationToken);
    }

    private static T Prepare<T>(T request, OAuthSettings settings)
        where T : TokenRequest
    {
        request.Address = settings.TokenUrl.AbsoluteUri;
        request.ClientId = settings.ClientId;
        request.ClientSecret = settings.ClientSecret.Reveal();

        // Rfc6749 form-urlencodes the id and secret before base64 (RFC 6749 §2.3.1), unlike the Rfc2617 style.
        request.ClientCredentialStyle = settings.ClientCredentialPlacement == ClientCredentialPlacement.BasicAuthHeader
            ? ClientCredentialStyle.AuthorizationHeader
            : ClientCredentialStyle.PostBody;
        request.AuthorizationHeaderStyle = BasicAuthenticationHeaderStyle.Rfc6749;
        request.Headers.Accept.ParseAdd("application/json");

        if (settings.Audience is not null)
        {
            request.Parameters.AddOptional("audience", settings.Audience);
        }

        foreach (var (name, value) in settings.AdditionalTokenParameters)
        {
            request.Parameters.AddOptional(name, value);
        }

        return request;
    }

    private async Task<TokenResult> SendAsync(
        OAuthSettings settings,
        string grantType,
        Func<HttpClient, CancellationToken, Task<TokenResponse>> send,
        CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.TokenRequestTimeout);
        var client = _httpClientFactory.CreateClient(HttpClientName);
        var started = _timeProvider.GetTimestamp();

        TokenResponse response;
        try
        {
            response = await send(client, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TokenRequestTimedOut(_logger, settings.TokenUrl, grantType, options.TokenRequestTimeout);
            return TokenResult.Failure(new TokenError(TokenErrorKind.Unavailable, null, $"The token endpoint {settings.TokenUrl} did not answer within {options.TokenRequestTimeout.TotalSeconds:0} s."));
        }

        var result = Interpret(response, settings, grantType, options);
        var elapsed = _timeProvider.GetElapsedTime(started);
        if (result.Succeeded)
        {
            Log.TokenObtained(_logger, settings.TokenUrl, grantType, elapsed.TotalMilliseconds);
        }
        else if (result.Error!.Kind == TokenErrorKind.InvalidClient)
        {
            Log.TokenClientRejected(_logger, settings.TokenUrl, grantType, settings.ClientId, result.Error.OAuthError);
        }
        else
        {
            Log.TokenRequestFailed(_logger, settings.TokenUrl, grantType, result.Error.Kind, result.Error.OAuthError, (int?)response.HttpStatusCode);
        }

        return result;
    }

    private TokenResult Interpret(TokenResponse response, OAuthSettings settings, string grantType, OAuthOptions options)
    {
        var status = (int)response.HttpStatusCode;
        if (response.ErrorType == ResponseErrorType.Exception)
        {
            return TokenResult.Failure(new TokenError(TokenErrorKind.Unavailable, null, $"The token endpoint {settings.TokenUrl} could not be reached: {response.Exception?.GetType().Name ?? "connection failed"}."));
        }

        // The OAuth error code is in the JSON body; Duende reports only "Unauthorized" for a 401 without a parsed body.
        var oauthError = ReadOAuthError(response);
        if (response.IsError || response.HttpStatusCode != HttpStatusCode.OK)
        {
            if (status is >= 300 and < 400)
            {
                return TokenResult.Failure(new TokenError(TokenErrorKind.InvalidResponse, null, $"The token endpoint {settings.TokenUrl} answered with a redirect ({status}), which is not followed; configure the final token URL."));
            }

            if (oauthError == "invalid_client" || (response.HttpStatusCode == HttpStatusCode.Unauthorized && oauthError is null))
            {
                return TokenResult.Failure(new TokenError(TokenErrorKind.InvalidClient, oauthError ?? "invalid_client", $"The token endpoint rejected the client '{settings.ClientId}'; check the client id, client secret and client credential placement of the method."));
            }

            if (oauthError == "invalid_grant")
            {
                return TokenResult.Failure(new TokenError(TokenErrorKind.InvalidGrant, oauthError, $"The token endpoint rejected the {grantType} grant as invalid, expired or revoked."));
            }

            if (oauthError is not null)
            {
                return TokenResult.Failure(new TokenError(TokenErrorKind.Rejected, oauthError, $"The token endpoint rejected the {grantType} request with the OAuth error '{oauthError}'."));
            }

            return status >= 500 || status == 0 || response.HttpStatusCode == HttpStatusCode.TooManyRequests
                ? TokenResult.Failure(new TokenError(TokenErrorKind.Unavailable, null, $"The token endpoint {settings.TokenUrl} answered with HTTP {status}."))
                : TokenResult.Failure(new TokenError(TokenErrorKind.InvalidResponse, null, $"The token endpoint {settings.TokenUrl} answered with HTTP {status} and no OAuth error code."));
        }

        if (string.IsNullOrEmpty(response.AccessToken))
        {
            return TokenResult.Failure(new TokenError(TokenErrorKind.InvalidResponse, null, $"The token endpoint {settings.TokenUrl} answered without an access_token."));
        }

        var refresh = string.IsNullOrEmpty(response.RefreshToken) ? null : new Secret(response.RefreshToken);
        return TokenResult.Success(new Secret(response.AccessToken), refresh, ComputeExpiry(response.ExpiresIn, options));
    }

    private static string? ReadOAuthError(TokenResponse response)
    {
        if (response.Json is { ValueKind: System.Text.Json.JsonValueKind.Object } json
            && json.TryGetProperty("error", out var error)
            && error.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            var code = error.GetString();

            // RFC 6749 §5.2 limits error codes to printable ASCII; anything else is not echoed back.
            return code is { Length: > 0 and <= 100 } && code.All(c => c is >= ' ' and <= '~' and not '"' and not '\\') ? code : "invalid_error_code";
        }

        return null;
    }

    private DateTimeOffset ComputeExpiry(int expiresIn, OAuthOptions options)
    {
        var lifetime = expiresIn > 0 ? TimeSpan.FromSeconds(expiresIn) : options.DefaultTokenLifetime;
        if (lifetime > options.MaxTokenLifetime)
        {
            lifetime = options.MaxTokenLifetime;
        }

        var skew = lifetime < options.ExpirySkew * 4 ? lifetime / 4 : options.ExpirySkew;
        return _timeProvider.GetUtcNow() + lifetime - skew;
    }
}
