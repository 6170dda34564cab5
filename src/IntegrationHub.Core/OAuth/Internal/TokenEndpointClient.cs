using System.Text;
using IntegrationHub.Methods;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.OAuth.Internal;

/// <summary>Sends token and revocation requests through one code path and reports every outcome as a <see cref="TokenResult"/>.</summary>
internal sealed class TokenEndpointClient : ITokenClient
{
    /// <summary>The name of the <see cref="HttpClient"/> used for token endpoints; it follows no redirects.</summary>
    public const string HttpClientName = "IntegrationHub.TokenEndpoint";

    /// <summary>The largest token response read, in bytes.</summary>
    private const int MaxResponseBytes = 1024 * 1024;

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly IOptionsMonitor<OAuthOptions> _options;
    private readonly TokenLifetimePolicy _lifetimes;
    private readonly TokenEndpointCooldown _cooldown;
    private readonly ILogger<TokenEndpointClient> _logger;

    public TokenEndpointClient(IHttpClientFactory httpClientFactory, TimeProvider timeProvider, IOptionsMonitor<OAuthOptions> options, TokenLifetimePolicy lifetimes, TokenEndpointCooldown cooldown, ILogger<TokenEndpointClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _options = options;
        _lifetimes = lifetimes;
        _cooldown = cooldown;
        _logger = logger;
    }

    public Task<TokenResult> RequestClientCredentialsTokenAsync(OAuthSettings settings, CancellationToken cancellationToken = default)
    {
        List<KeyValuePair<string, string>> parameters = [new("grant_type", "client_credentials")];
        if (settings.Scope is not null)
        {
            parameters.Add(new("scope", settings.Scope));
        }

        return SendAsync(settings, "client_credentials", parameters, cancellationToken);
    }

    public Task<TokenResult> RequestAuthorizationCodeTokenAsync(OAuthAuthorizationCodeSettings settings, string code, string redirectUri, string? codeVerifier, CancellationToken cancellationToken = default)
    {
        List<KeyValuePair<string, string>> parameters = [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri)];
        if (codeVerifier is not null)
        {
            parameters.Add(new("code_verifier", codeVerifier));
        }

        return SendAsync(settings, "authorization_code", parameters, cancellationToken);
    }

    public Task<TokenResult> RequestRefreshTokenAsync(OAuthSettings settings, string refreshToken, CancellationToken cancellationToken = default)
    {
        // RFC 6749 §6: a refresh carries the refresh token only, never the code, redirect URI or code verifier of the exchange.
        List<KeyValuePair<string, string>> parameters = [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)];
        parameters.AddRange(settings.AdditionalRefreshParameters);
        return SendAsync(settings, "refresh_token", parameters, cancellationToken);
    }

    public async Task<bool> RevokeRefreshTokenAsync(OAuthSettings settings, string refreshToken, CancellationToken cancellationToken = default)
    {
        if (settings.RevocationUrl is null)
        {
            return false;
        }

        using var request = TokenRequestBuilder.Build(settings, settings.RevocationUrl, [new("token", refreshToken), new("token_type_hint", "refresh_token")], includeTokenParameters: false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.CurrentValue.TokenRequestTimeout);
        try
        {
            using var response = await _httpClientFactory.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            Log.RefreshTokenRevoked(_logger, settings.RevocationUrl, (int)response.StatusCode);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.RevocationFailed(_logger, settings.RevocationUrl, exception.GetType().Name);
            return false;
        }
    }

    private async Task<TokenResult> SendAsync(OAuthSettings settings, string grantType, List<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        var cooldownKey = settings.TokenUrl.AbsoluteUri + "\n" + settings.ClientId;
        if (_cooldown.PausedUntil(cooldownKey) is { } pausedUntil)
        {
            Log.TokenRequestPaused(_logger, settings.TokenUrl, grantType, pausedUntil);
            return TokenResult.Failure(new TokenError(TokenErrorKind.Unavailable, null, $"The token endpoint {settings.TokenUrl} failed {TokenEndpointCooldown.FailureThreshold} times in a row; requests resume at {pausedUntil:O}."));
        }

        var result = await SendOnceAsync(settings, grantType, parameters, cancellationToken);
        if (result.Error?.Kind == TokenErrorKind.Unavailable)
        {
            _cooldown.RecordFailure(cooldownKey);
        }
        else
        {
            _cooldown.RecordSuccess(cooldownKey);
        }

        return result;
    }

    private async Task<TokenResult> SendOnceAsync(OAuthSettings settings, string grantType, List<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        using var request = TokenRequestBuilder.Build(settings, settings.TokenUrl, parameters, includeTokenParameters: true);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.TokenRequestTimeout);
        var started = _timeProvider.GetTimestamp();
        TokenResult result;
        try
        {
            using var response = await _httpClientFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadBodyAsync(response.Content, timeout.Token);
            result = body is null
                ? TokenResult.Failure(new TokenError(TokenErrorKind.InvalidResponse, null, $"The token response from {settings.TokenUrl} is larger than {MaxResponseBytes} bytes."))
                : TokenResponseParser.Parse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.Location?.OriginalString, body, settings, _lifetimes, grantType);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TokenRequestTimedOut(_logger, settings.TokenUrl, grantType, options.TokenRequestTimeout);
            return TokenResult.Failure(new TokenError(TokenErrorKind.Unavailable, null, $"The token endpoint {settings.TokenUrl} did not respond within {options.TokenRequestTimeout.TotalSeconds:0} s."));
        }
        catch (HttpRequestException exception)
        {
            result = TokenResult.Failure(new TokenError(TokenErrorKind.Unavailable, null, $"The token endpoint {settings.TokenUrl} could not be reached ({exception.HttpRequestError})."));
        }

        LogResult(settings, grantType, result, _timeProvider.GetElapsedTime(started));
        return result;
    }

    private void LogResult(OAuthSettings settings, string grantType, TokenResult result, TimeSpan elapsed)
    {
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
            Log.TokenRequestFailed(_logger, settings.TokenUrl, grantType, result.Error.Kind, result.Error.OAuthError);
        }
    }

    private static async Task<string?> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxResponseBytes)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxResponseBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
