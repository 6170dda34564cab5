namespace IntegrationHub.OAuth.Internal;

/// <summary>
/// Carries a failed token request out of a HybridCache factory, which caches any value it returns;
/// it never leaves <see cref="HybridClientCredentialsTokenCache"/>.
/// </summary>
internal sealed class TokenRequestFailedException : Exception
{
    public TokenRequestFailedException(TokenError error)
        : base(error.Message) => Error = error;

    public TokenRequestFailedException()
        : this(new TokenError(TokenErrorKind.InvalidResponse, null, "The token request failed."))
    {
    }

    public TokenRequestFailedException(string message)
        : this(new TokenError(TokenErrorKind.InvalidResponse, null, message))
    {
    }

    public TokenRequestFailedException(string message, Exception innerException)
        : base(message, innerException) => Error = new TokenError(TokenErrorKind.InvalidResponse, null, message);

    public TokenError Error { get; }
}
