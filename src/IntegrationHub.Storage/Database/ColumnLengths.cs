namespace IntegrationHub.Storage.Database;

/// <summary>Maximum lengths of the string columns, in characters.</summary>
/// <remarks>SQLite does not enforce them, but other providers create <c>varchar(n)</c> columns from them.</remarks>
internal static class ColumnLengths
{
    public const int Name = 200;

    public const int Description = 2000;

    public const int Url = 2048;

    public const int ConversationId = 200;

    public const int CustomerExternalId = 200;

    public const int StreamId = 200;

    /// <summary>An authentication method type name such as <c>oauth2AuthorizationCode</c>.</summary>
    public const int TypeName = 50;

    /// <summary>An enum value stored by its name.</summary>
    public const int EnumName = 20;

    /// <summary>A hash in hex or base64, such as the 64 hex characters of a SHA-256 hash.</summary>
    public const int Hash = 128;
}
