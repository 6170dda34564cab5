namespace IntegrationHub.Samples.Orders.Authentication;

/// <summary>
/// Names of the authentication schemes that protect the orders routes.
/// </summary>
internal static class OrdersAuthenticationSchemes
{
    public const string Basic = "Basic";

    public const string ApiKey = "ApiKey";
}
