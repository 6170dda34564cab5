namespace IntegrationHub.Storage.Database;

/// <summary>The result of <see cref="SaveChangesExtensions.TrySaveChangesAsync"/>.</summary>
internal enum SaveChangesOutcome
{
    Saved,

    /// <summary>A row changed or disappeared since it was read, so its concurrency token no longer matches.</summary>
    ConcurrencyConflict,

    UniqueViolation,

    ForeignKeyViolation,
}
