namespace IntegrationHub.Common;

/// <summary>The outcome of a write to a store.</summary>
public enum StoreWriteStatus
{
    Succeeded,
    NotFound,

    /// <summary>The stored version differs from the expected one.</summary>
    VersionMismatch,

    /// <summary>Another entity already has the name.</summary>
    NameConflict,

    /// <summary>The entity is referenced by others and cannot be deleted.</summary>
    InUse,

    /// <summary>A referenced authentication method does not exist.</summary>
    ReferenceNotFound,
}
