namespace IntegrationHub.Storage.Methods.Settings;

/// <summary>The stored form of an unauthorized body condition; exactly one of <see cref="EqualTo"/> and <see cref="Pattern"/> is set.</summary>
internal sealed class StoredBodyCondition
{
    public string Path { get; set; } = string.Empty;

    public string? EqualTo { get; set; }

    public string? Pattern { get; set; }
}
