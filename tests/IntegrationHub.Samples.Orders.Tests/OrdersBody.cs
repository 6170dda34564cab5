using System.Text.Json;

namespace IntegrationHub.Samples.Orders.Tests;

/// <summary>
/// The JSON body of an orders route, as a client reads it.
/// </summary>
public sealed record OrdersBody(IReadOnlyList<JsonElement> Orders, string Caller, string? UserId);
