namespace IntegrationHub.OAuth;

/// <summary>The categories of token request failures.</summary>
public enum TokenErrorKind
{
    /// <summary>The token endpoint rejected the client (<c>invalid_client</c> or HTTP 401); the operator must fix the method.</summary>
    InvalidClient,

    /// <summary>The grant was rejected (<c>invalid_grant</c>): the code or refresh token is expired, used or revoked.</summary>
    InvalidGrant,

    /// <summary>The token endpoint rejected the request for another reason, such as <c>invalid_scope</c>.</summary>
    Rejected,

    /// <summary>The token endpoint could not be reached, timed out, or returned a server error.</summary>
    Unavailable,

    /// <summary>The token endpoint responded without a usable token.</summary>
    InvalidResponse,

    /// <summary>The token endpoint issued a token of a type that IntegrationHub cannot apply, such as <c>DPoP</c>.</summary>
    UnsupportedTokenType,

    /// <summary>The token endpoint returned a redirect, which is not followed.</summary>
    Redirected,
}
