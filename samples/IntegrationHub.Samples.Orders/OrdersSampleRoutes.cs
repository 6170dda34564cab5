namespace IntegrationHub.Samples.Orders;

/// <summary>
/// Paths of the orders sample, relative to its base address.
/// </summary>
public static class OrdersSampleRoutes
{
    /// <summary>OAuth 2.0 token endpoint (RFC 6749 section 3.2).</summary>
    public const string Token = "/connect/token";

    /// <summary>OAuth 2.0 authorization endpoint (RFC 6749 section 3.1) that signs in the demo user without a form.</summary>
    public const string Authorize = "/connect/authorize";

    /// <summary>OAuth 2.0 token revocation endpoint (RFC 7009).</summary>
    public const string Revocation = "/connect/revoke";

    /// <summary>Orders protected by HTTP Basic authentication (RFC 7617).</summary>
    public const string BasicOrders = "/basic/orders";

    /// <summary>Orders protected by the <c>X-Api-Key</c> header.</summary>
    public const string ApiKeyOrders = "/api-key/orders";

    /// <summary>Orders protected by a bearer token from the client credentials grant.</summary>
    public const string ClientOrders = "/client/orders";

    /// <summary>Orders protected by a bearer token issued to the demo user through the authorization code grant.</summary>
    public const string UserOrders = "/user/orders";

    /// <summary>Returns the request's method, path, query, headers and body as JSON, without authentication.</summary>
    public const string Echo = "/echo";

    /// <summary>Demo-only endpoint that revokes every token of a subject or client.</summary>
    public const string DemoRevoke = "/demo/revoke";

    /// <summary>Demo-only endpoint that lists (GET) or clears (DELETE) the recorded token endpoint requests.</summary>
    public const string DemoTokenRequests = "/demo/token-requests";
}
