namespace IntegrationHub.Storage;

/// <summary>Where IntegrationHub keeps its database and the key ring that encrypts secrets in it.</summary>
public sealed class IntegrationHubStorageOptions
{
    /// <summary>The name of the SQLite database file inside <see cref="DataDirectory"/>.</summary>
    public const string DatabaseFileName = "integrationhub.db";

    /// <summary>The name of the folder inside <see cref="DataDirectory"/> that contains the Data Protection key ring.</summary>
    public const string KeysDirectoryName = "keys";

    /// <summary>
    /// The absolute path of the folder that contains the SQLite database and the Data Protection key ring.
    /// </summary>
    /// <value>Required. The host resolves its default, <c>data</c>, against the content root.</value>
    /// <remarks>
    /// The key ring stays in <c>{DataDirectory}/keys</c> even when <see cref="ConnectionString"/> points the database
    /// elsewhere, so that a copy of the database alone reveals no secret.
    /// </remarks>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>A database connection string that replaces the default file in <see cref="DataDirectory"/>.</summary>
    /// <value><see langword="null"/>, which selects the SQLite file <c>{DataDirectory}/integrationhub.db</c>.</value>
    public string? ConnectionString { get; set; }

    internal string KeysDirectory => Path.Combine(DataDirectory, KeysDirectoryName);

    internal string DatabasePath => Path.Combine(DataDirectory, DatabaseFileName);
}
