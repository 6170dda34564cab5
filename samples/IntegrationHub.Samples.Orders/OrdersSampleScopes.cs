namespace IntegrationHub.Samples.Orders;

/// <summary>
/// OAuth 2.0 scopes that the orders sample issues.
/// </summary>
public static class OrdersSampleScopes
{
    /// <summary>Read access to the orders routes, granted when a request omits <c>scope</c>.</summary>
    public const string OrdersRead = "orders.read";

    /// <summary>Requests a refresh token in the authorization code flow (OpenID Connect Core 1.0 section 11).</summary>
    public const string OfflineAccess = "offline_access";
}
