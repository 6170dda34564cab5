namespace IntegrationHub.Storage.Methods.Settings;

/// <summary>A header template. A header marked secret has <see cref="ProtectedValue"/> in place of <see cref="Value"/>.</summary>
internal sealed class StoredHeader
{
    public required string Name { get; init; }

    public string? Value { get; init; }

    public string? ProtectedValue { get; init; }
}
