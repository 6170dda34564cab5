using System.Text.Json.Serialization;

namespace IntegrationHub.Samples.Orders.Orders;

/// <summary>
/// JSON body of a successful orders request.
/// </summary>
/// <param name="Orders">The sample orders.</param>
/// <param name="Caller">The authenticated caller: Basic user name, <c>api-key</c>, client id or user subject.</param>
/// <param name="UserId">Value of the <c>X-User-Id</c> request header on <c>/api-key/orders</c>, or omitted when absent.</param>
internal sealed record OrdersResponse(
    IReadOnlyList<Order> Orders,
    string Caller,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UserId = null);
