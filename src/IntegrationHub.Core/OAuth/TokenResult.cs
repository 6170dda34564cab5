using IntegrationHub.Secrets;

namespace IntegrationHub.OAuth;

/// <summary>The outcome of a token request: tokens, or an error.</summary>
public sealed class TokenResult
{
    private TokenResult(Secret? accessToken, Secret? refreshToken, DateTimeOffset expiresAt, TimeSpan lifetime, TokenError? error)
    {
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        ExpiresAt = expiresAt;
        Lifetime = lifetime;
        Error = error;
    }

    /// <summary>The lifetime that the response stated or implied, after the maximum was applied.</summary>
    public TimeSpan Lifetime { get; }

    public Secret? AccessToken { get; }

    public Secret? RefreshToken { get; }

    /// <summary>When IntegrationHub stops using the access token; the renewal skew is already subtracted.</summary>
    public DateTimeOffset ExpiresAt { get; }

    public TokenError? Error { get; }

    public bool Succeeded => Error is null;

    public static TokenResult Success(Secret accessToken, Secret? refreshToken, DateTimeOffset expiresAt, TimeSpan lifetime = default) =>
        new(accessToken, refreshToken, expiresAt, lifetime, null);

    public static TokenResult Failure(TokenError error) => new(null, null, default, default, error);
}
