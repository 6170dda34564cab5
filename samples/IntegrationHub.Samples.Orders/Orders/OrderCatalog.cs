namespace IntegrationHub.Samples.Orders.Orders;

/// <summary>
/// Fixed list of sample orders that every caller sees.
/// </summary>
internal static class OrderCatalog
{
    public static IReadOnlyList<Order> All { get; } =
    [
        new("ord-1001", "Contoso Ltd.", 129.90m, "EUR", "shipped"),
        new("ord-1002", "Fabrikam Inc.", 42.00m, "EUR", "processing"),
        new("ord-1003", "Northwind Traders", 980.50m, "EUR", "delivered"),
    ];
}
