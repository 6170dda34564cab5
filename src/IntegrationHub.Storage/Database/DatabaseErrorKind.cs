namespace IntegrationHub.Storage.Database;

/// <summary>The constraint violations that the stores turn into a <see cref="Common.StoreWriteResult"/>.</summary>
internal enum DatabaseErrorKind
{
    /// <summary>Any failure that the stores do not handle.</summary>
    Other,

    /// <summary>A unique index, such as the one on names, rejected the row.</summary>
    UniqueViolation,

    /// <summary>A foreign key rejected the row or the delete.</summary>
    ForeignKeyViolation,
}
