namespace IntegrationHub.Calls;

/// <summary>The kinds of <see cref="ApiCallResult"/>.</summary>
public enum ApiCallOutcome
{
    /// <summary>The upstream responded, and its response is returned whatever its status.</summary>
    Completed,

    /// <summary>The end user must authenticate (again); nothing or nothing more was sent upstream.</summary>
    AuthenticationRequired,

    /// <summary>IntegrationHub could not make the call.</summary>
    Failed,

    /// <summary>The call request itself is invalid or names an unknown connection, so the API returns a problem.</summary>
    Rejected,
}
