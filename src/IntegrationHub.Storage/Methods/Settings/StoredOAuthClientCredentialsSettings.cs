namespace IntegrationHub.Storage.Methods.Settings;

internal sealed class StoredOAuthClientCredentialsSettings : StoredOAuthSettings;
