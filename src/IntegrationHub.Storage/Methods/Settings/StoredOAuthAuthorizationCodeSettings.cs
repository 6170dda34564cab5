using System.Text.Json.Serialization;

namespace IntegrationHub.Storage.Methods.Settings;

internal sealed class StoredOAuthAuthorizationCodeSettings : StoredOAuthSettings
{
    [JsonRequired]
    public string AuthorizationCodeReference { get; set; } = string.Empty;

    [JsonRequired]
    public string RedirectUri { get; set; } = string.Empty;

    public string? CodeVerifierReference { get; set; }
}
