namespace IntegrationHub.Calls;

/// <summary>Why the end user must authenticate again; JSON names are camelCase.</summary>
public enum AuthenticationRequiredReason
{
    /// <summary>The conversation has no client data, or the data lacks a key that a template reads.</summary>
    MissingClientData,

    /// <summary>The client data is older than the method's validity, or the authorization code in it was rejected.</summary>
    ClientDataExpired,

    /// <summary>The upstream API returned 401 to credentials built from client data, so the data was dropped.</summary>
    UpstreamUnauthorized,

    /// <summary>The refresh token was rejected; the data was dropped.</summary>
    RefreshFailed,
}
