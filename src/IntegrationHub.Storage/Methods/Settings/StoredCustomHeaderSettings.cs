namespace IntegrationHub.Storage.Methods.Settings;

internal sealed class StoredCustomHeaderSettings : StoredSettings
{
    public required IReadOnlyList<StoredHeader> Headers { get; init; }

    public StoredClientAuthentication? ClientAuthentication { get; init; }
}
