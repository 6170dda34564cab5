namespace IntegrationHub.Samples.Orders;

/// <summary>
/// Demo credentials, OAuth 2.0 clients and token lifetimes of the orders sample.
/// </summary>
/// <remarks>All defaults are documented demo values, not secrets.</remarks>
public sealed class OrdersSampleOptions
{
    /// <summary>Configuration section that <c>Program</c> binds to these options.</summary>
    public const string SectionName = "OrdersSample";

    /// <summary>Redirect URI registered for the authorization code client when <see cref="WebClientRedirectUris"/> is empty.</summary>
    public const string DefaultWebClientRedirectUri = "http://127.0.0.1:5299/callback";

    /// <summary>Client id of the confidential client that uses the client credentials grant.</summary>
    /// <value>Default <c>orders-machine</c>.</value>
    public string MachineClientId { get; set; } = "orders-machine";

    /// <summary>Client secret of <see cref="MachineClientId"/>.</summary>
    /// <value>Default <c>machine-secret</c>.</value>
    public string MachineClientSecret { get; set; } = "machine-secret";

    /// <summary>Client id of the confidential client that uses the authorization code and refresh token grants.</summary>
    /// <value>Default <c>orders-web</c>.</value>
    public string WebClientId { get; set; } = "orders-web";

    /// <summary>Client secret of <see cref="WebClientId"/>.</summary>
    /// <value>Default <c>web-secret</c>.</value>
    public string WebClientSecret { get; set; } = "web-secret";

    /// <summary>Absolute redirect URIs registered for <see cref="WebClientId"/>, compared by exact string match.</summary>
    /// <value>Default empty, which registers <see cref="DefaultWebClientRedirectUri"/>.</value>
    public IList<string> WebClientRedirectUris { get; set; } = [];

    /// <summary>Subject (<c>sub</c>) of the fixed user that the authorize endpoint signs in.</summary>
    /// <value>Default <c>demo-user</c>.</value>
    public string DemoUserSubject { get; set; } = "demo-user";

    /// <summary>Lifetime of issued access tokens.</summary>
    /// <value>Default one hour.</value>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Lifetime of issued refresh tokens.</summary>
    /// <value>Default 14 days.</value>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>User name accepted by <c>GET /basic/orders</c>. RFC 7617 forbids a colon in it.</summary>
    /// <value>Default <c>demo</c>.</value>
    public string BasicUserName { get; set; } = "demo";

    /// <summary>Password accepted by <c>GET /basic/orders</c>.</summary>
    /// <value>Default <c>demo-password</c>.</value>
    public string BasicPassword { get; set; } = "demo-password";

    /// <summary>Value of the <c>X-Api-Key</c> header accepted by <c>GET /api-key/orders</c>.</summary>
    /// <value>Default <c>demo-api-key</c>.</value>
    public string ApiKey { get; set; } = "demo-api-key";

    /// <summary>Folder for this app's Data Protection key ring.</summary>
    /// <value>Default <c>null</c>, which uses <c>IntegrationHub.Samples.Orders/data-protection-keys</c> under the temporary folder.</value>
    public string? DataProtectionKeysPath { get; set; }

    /// <summary>Clock for token issuing, token validation and token request records, so tests can pass a fake clock.</summary>
    /// <value>Default <c>null</c>, which uses <see cref="TimeProvider.System"/>.</value>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Returns the redirect URIs to register, applying the default when none are set.</summary>
    internal IReadOnlyList<string> GetEffectiveWebClientRedirectUris() =>
        WebClientRedirectUris is { Count: > 0 } ? [.. WebClientRedirectUris] : [DefaultWebClientRedirectUri];
}
