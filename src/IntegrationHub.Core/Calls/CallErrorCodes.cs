namespace IntegrationHub.Calls;

/// <summary>The codes of <see cref="CallError"/>.</summary>
public static class CallErrorCodes
{
    /// <summary>The token endpoint rejected the client id or secret; the operator must fix the method.</summary>
    public const string TokenEndpointRejectedClient = "tokenEndpointRejectedClient";

    /// <summary>The token endpoint rejected the request for another reason, such as an invalid scope.</summary>
    public const string TokenRequestRejected = "tokenRequestRejected";

    /// <summary>The token endpoint could not be reached, timed out, or returned a server error.</summary>
    public const string TokenEndpointUnavailable = "tokenEndpointUnavailable";

    /// <summary>The token endpoint returned no usable token.</summary>
    public const string InvalidTokenResponse = "invalidTokenResponse";

    /// <summary>The token endpoint issued a token of a type other than Bearer, such as <c>DPoP</c>.</summary>
    public const string UnsupportedTokenType = "unsupportedTokenType";

    /// <summary>The token endpoint returned a redirect, which is not followed.</summary>
    public const string TokenEndpointRedirected = "tokenEndpointRedirected";

    /// <summary>A resolved header value contains CR, LF, another control character or a non-ASCII character.</summary>
    public const string InvalidHeaderValue = "invalidHeaderValue";

    /// <summary>A templated redirect URI did not resolve to an absolute URI.</summary>
    public const string InvalidRedirectUri = "invalidRedirectUri";

    /// <summary>The upstream API could not be reached.</summary>
    public const string UpstreamUnreachable = "upstreamUnreachable";

    /// <summary>The upstream API did not respond in time.</summary>
    public const string UpstreamTimeout = "upstreamTimeout";

    /// <summary>The upstream response body is larger than the configured limit.</summary>
    public const string ResponseTooLarge = "responseTooLarge";
}
