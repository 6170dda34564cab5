namespace IntegrationHub.Storage.Methods.Settings;

internal sealed class StoredBasicSettings : StoredSettings
{
    public required string Username { get; init; }

    public required string ProtectedPassword { get; init; }
}
