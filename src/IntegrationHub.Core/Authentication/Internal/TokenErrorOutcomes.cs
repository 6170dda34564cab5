using IntegrationHub.Calls;
using IntegrationHub.OAuth;

namespace IntegrationHub.Authentication.Internal;

/// <summary>Maps token request failures to call outcomes.</summary>
internal static class TokenErrorOutcomes
{
    /// <summary>Maps a failure that the end user cannot fix: the operator must fix the method, or the token endpoint must recover.</summary>
    public static AuthenticationOutcome ForTokenRequest(TokenError error) => AuthenticationOutcome.Failed(error.Kind switch
    {
        TokenErrorKind.InvalidClient => new CallError(CallErrorCodes.TokenEndpointRejectedClient, error.Message, error.OAuthError),
        TokenErrorKind.Unavailable => new CallError(CallErrorCodes.TokenEndpointUnavailable, error.Message, error.OAuthError),
        TokenErrorKind.InvalidResponse => new CallError(CallErrorCodes.InvalidTokenResponse, error.Message, error.OAuthError),
        TokenErrorKind.UnsupportedTokenType => new CallError(CallErrorCodes.UnsupportedTokenType, error.Message, error.OAuthError),
        TokenErrorKind.Redirected => new CallError(CallErrorCodes.TokenEndpointRedirected, error.Message, error.OAuthError),
        _ => new CallError(CallErrorCodes.TokenRequestRejected, error.Message, error.OAuthError),
    });
}
