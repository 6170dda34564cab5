using System.Text.Json.Serialization;
using IntegrationHub.Methods;

namespace IntegrationHub.Storage.Methods.Settings;

/// <summary>The properties shared by both OAuth 2.0 method types.</summary>
/// <remarks>Settable rather than init-only so that one method fills them for either derived type.</remarks>
internal abstract class StoredOAuthSettings : StoredSettings
{
    [JsonRequired]
    public string ClientId { get; set; } = string.Empty;

    [JsonRequired]
    public string ProtectedClientSecret { get; set; } = string.Empty;

    [JsonRequired]
    public string TokenUrl { get; set; } = string.Empty;

    [JsonRequired]
    public ClientCredentialPlacement ClientCredentialPlacement { get; set; }

    public BasicAuthEncoding BasicAuthEncoding { get; set; }

    public TokenRequestFormat TokenRequestFormat { get; set; }

    public string? Scope { get; set; }

    public string? Audience { get; set; }

    public List<string> Resources { get; set; } = [];

    public Dictionary<string, string> AdditionalTokenParameters { get; set; } = [];

    public Dictionary<string, string> AdditionalRefreshParameters { get; set; } = [];

    public List<StoredHeader> TokenRequestHeaders { get; set; } = [];

    public StoredTokenResponseMapping? TokenResponseMapping { get; set; }

    public TimeSpan? DefaultTokenLifetime { get; set; }

    public TimeSpan? ExpirySkew { get; set; }

    public StoredUnauthorizedSignals? UnauthorizedSignals { get; set; }

    public RetryOnUnauthorized RetryOnUnauthorized { get; set; }

    public string? RevocationUrl { get; set; }

    public List<StoredHeader> Headers { get; set; } = [];

    public StoredClientAuthentication? ClientAuthentication { get; set; }
}
