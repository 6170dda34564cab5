namespace IntegrationHub.Common;

/// <summary>The outcome of a write to a store, with the names of the referencing entities for <see cref="StoreWriteStatus.InUse"/>.</summary>
public sealed record StoreWriteResult(StoreWriteStatus Status, IReadOnlyList<string> ReferencedBy)
{
    public static StoreWriteResult Succeeded { get; } = new(StoreWriteStatus.Succeeded, []);

    public static StoreWriteResult NotFound { get; } = new(StoreWriteStatus.NotFound, []);

    public static StoreWriteResult VersionMismatch { get; } = new(StoreWriteStatus.VersionMismatch, []);

    public static StoreWriteResult NameConflict { get; } = new(StoreWriteStatus.NameConflict, []);

    public static StoreWriteResult ReferenceNotFound { get; } = new(StoreWriteStatus.ReferenceNotFound, []);

    public static StoreWriteResult InUse(IReadOnlyList<string> referencedBy) => new(StoreWriteStatus.InUse, referencedBy);
}
