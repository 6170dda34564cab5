namespace IntegrationHub.Calls;

/// <summary>Why IntegrationHub could not make a call; <see cref="Code"/> values are listed in <see cref="CallErrorCodes"/>.</summary>
/// <param name="Message">A message for the caller; never contains a secret, client data or text from an upstream body.</param>
/// <param name="OAuthError">The OAuth <c>error</c> code from the token endpoint, when one caused the failure.</param>
public sealed record CallError(string Code, string Message, string? OAuthError = null);
