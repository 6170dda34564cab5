namespace IntegrationHub.Calls;

/// <summary>The kinds of <see cref="ApiCallResult"/>.</summary>
public enum ApiCallOutcome
{
    /// <summary>The upstream answered; its response is returned whatever its status.</summary>
    Completed,

    /// <summary>The end user must authenticate (again); nothing or nothing more was sent upstream.</summary>
    AuthenticationRequired,

    /// <summary>IntegrationHub could not make the call.</summary>
    Failed,

    /// <summary>The call request itself is invalid or names an unknown connection; the API answers with a problem.</summary>
    Rejected,
}
