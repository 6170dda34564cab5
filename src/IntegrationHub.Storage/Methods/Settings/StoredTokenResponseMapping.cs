using IntegrationHub.Methods;

namespace IntegrationHub.Storage.Methods.Settings;

/// <summary>The stored form of <see cref="TokenResponseMapping"/>.</summary>
internal sealed class StoredTokenResponseMapping
{
    public string? AccessToken { get; set; }

    public string? RefreshToken { get; set; }

    public string? ExpiresIn { get; set; }

    public ExpiresInUnit ExpiresInUnit { get; set; }

    public string? ExpiresAt { get; set; }
}
