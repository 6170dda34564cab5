namespace IntegrationHub.Samples.Orders.Orders;

/// <summary>
/// Sample order returned by every orders route.
/// </summary>
internal sealed record Order(string Id, string Customer, decimal Total, string Currency, string Status);
