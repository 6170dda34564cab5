namespace IntegrationHub.Methods;

/// <summary>When a call is retried once with a new token after an unauthorized response.</summary>
public enum RetryOnUnauthorized
{
    Always,

    /// <summary>Only GET, HEAD, OPTIONS, PUT and DELETE, whose repetition has the same effect (RFC 9110 §9.2.2).</summary>
    IdempotentOnly,
    Never,
}
