namespace IntegrationHub.Samples.Orders.Authentication;

/// <summary>
/// Names of the authorization policies, one for each orders route.
/// </summary>
internal static class OrdersPolicies
{
    public const string Basic = "BasicOrders";

    public const string ApiKey = "ApiKeyOrders";

    public const string Client = "ClientOrders";

    public const string User = "UserOrders";
}
