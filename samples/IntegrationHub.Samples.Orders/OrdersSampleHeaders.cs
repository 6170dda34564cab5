namespace IntegrationHub.Samples.Orders;

/// <summary>
/// Request header names that the orders sample reads.
/// </summary>
public static class OrdersSampleHeaders
{
    /// <summary>Header that carries the API key for <c>GET /api-key/orders</c>.</summary>
    public const string ApiKey = "X-Api-Key";

    /// <summary>Optional header whose value <c>GET /api-key/orders</c> returns as <c>userId</c>.</summary>
    public const string UserId = "X-User-Id";
}
