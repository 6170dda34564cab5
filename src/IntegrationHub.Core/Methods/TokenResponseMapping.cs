namespace IntegrationHub.Methods;

/// <summary>
/// Where a token response that does not use the standard field names keeps the token and its lifetime; each path is dotted, such as <c>data.token</c>.
/// </summary>
/// <param name="AccessToken">The access token's path; <see langword="null"/> means <c>access_token</c>.</param>
/// <param name="RefreshToken">The refresh token's path; <see langword="null"/> means <c>refresh_token</c>.</param>
/// <param name="ExpiresIn">The lifetime's path; <see langword="null"/> means <c>expires_in</c>.</param>
/// <param name="ExpiresAt">The path of an absolute expiry time (Unix seconds, or ISO 8601 text); when set, it is used before <paramref name="ExpiresIn"/>.</param>
public sealed record TokenResponseMapping(string? AccessToken, string? RefreshToken, string? ExpiresIn, ExpiresInUnit ExpiresInUnit, string? ExpiresAt);
