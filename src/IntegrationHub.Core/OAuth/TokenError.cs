namespace IntegrationHub.OAuth;

/// <summary>Why a token request failed.</summary>
/// <param name="Kind">The category that decides what happens next.</param>
/// <param name="OAuthError">The <c>error</c> code from the token endpoint (RFC 6749 §5.2), when it sent one.</param>
/// <param name="Message">A message for operators; never contains a secret or text from the response body.</param>
public sealed record TokenError(TokenErrorKind Kind, string? OAuthError, string Message);
