using System.Security.Claims;
using IntegrationHub.Samples.Orders.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IntegrationHub.Samples.Orders.Orders;

/// <summary>
/// Maps one orders route for each credential kind.
/// </summary>
internal static class OrdersEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(OrdersSampleRoutes.BasicOrders, (ClaimsPrincipal user) => Respond(user.Identity?.Name))
            .RequireAuthorization(OrdersPolicies.Basic);

        endpoints.MapGet(OrdersSampleRoutes.ApiKeyOrders, (ClaimsPrincipal user, HttpRequest request) =>
            {
                var userId = request.Headers[OrdersSampleHeaders.UserId];
                return Respond(user.Identity?.Name, userId.Count == 0 ? null : userId.ToString());
            })
            .RequireAuthorization(OrdersPolicies.ApiKey);

        endpoints.MapGet(OrdersSampleRoutes.ClientOrders, (ClaimsPrincipal user) => Respond(user.GetClaim(Claims.Subject)))
            .RequireAuthorization(OrdersPolicies.Client);

        endpoints.MapGet(OrdersSampleRoutes.UserOrders, (ClaimsPrincipal user) => Respond(user.GetClaim(Claims.Subject)))
            .RequireAuthorization(OrdersPolicies.User);

        return endpoints;
    }

    private static Ok<OrdersResponse> Respond(string? caller, string? userId = null)
    {
        // The authorization policies guarantee an authenticated caller with a name or subject.
        var callerName = caller ?? throw new InvalidOperationException("The authenticated caller has no name or subject claim.");
        return TypedResults.Ok(new OrdersResponse(OrderCatalog.All, callerName, userId));
    }
}
