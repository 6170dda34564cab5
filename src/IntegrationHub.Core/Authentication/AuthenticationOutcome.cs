using IntegrationHub.Calls;

namespace IntegrationHub.Authentication;

/// <summary>The credentials to apply to a request, or why there are none.</summary>
public sealed class AuthenticationOutcome
{
    private AuthenticationOutcome()
    {
    }

    /// <summary>The headers to set; they replace same-named headers from the caller.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; private init; } = [];

    /// <summary>The access token used, so that a <c>401</c> can evict exactly that token.</summary>
    public string? AccessToken { get; private init; }

    public AuthenticationRequiredReason? Reason { get; private init; }

    public IReadOnlyList<string> MissingKeys { get; private init; } = [];

    /// <summary>Whether the conversation's client data and tokens must be dropped, because they can no longer produce credentials.</summary>
    public bool DropClientData { get; private init; }

    public CallError? Error { get; private init; }

    public bool Succeeded => Reason is null && Error is null;

    public static AuthenticationOutcome Applied(IReadOnlyList<KeyValuePair<string, string>> headers, string? accessToken = null) =>
        new() { Headers = headers, AccessToken = accessToken };

    public static AuthenticationOutcome Required(AuthenticationRequiredReason reason, IReadOnlyList<string> missingKeys, bool dropClientData = false) =>
        new() { Reason = reason, MissingKeys = missingKeys, DropClientData = dropClientData };

    public static AuthenticationOutcome Failed(CallError error) => new() { Error = error };
}
