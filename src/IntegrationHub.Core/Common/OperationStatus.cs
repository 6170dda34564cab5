namespace IntegrationHub.Common;

/// <summary>The outcome of an admin operation; the API maps each to an HTTP status.</summary>
public enum OperationStatus
{
    Succeeded,

    /// <summary>The request is invalid; <see cref="OperationResult{T}.Errors"/> lists every field at fault.</summary>
    Invalid,
    NotFound,

    /// <summary>The name is taken, or the entity is in use.</summary>
    Conflict,

    /// <summary>The entity changed since the version the caller sent.</summary>
    PreconditionFailed,

    /// <summary>The entity is read-only.</summary>
    ReadOnly,
}
