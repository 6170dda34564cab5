using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Samples.Orders.Demo;

/// <summary>
/// Maps the demo-only control endpoints under <c>/demo</c>: no authentication, loopback callers only.
/// </summary>
internal static class DemoEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapDemo(this IEndpointRouteBuilder endpoints)
    {
        var demo = endpoints.MapGroup(string.Empty)
            .AddEndpointFilter<LoopbackOnlyFilter>()
            .ExcludeFromDescription();

        demo.MapPost(OrdersSampleRoutes.DemoRevoke, RevokeAsync);
        demo.MapGet(OrdersSampleRoutes.DemoTokenRequests, (TokenRequestLog log) => TypedResults.Ok(log.GetSnapshot()));
        demo.MapDelete(OrdersSampleRoutes.DemoTokenRequests, (TokenRequestLog log) =>
        {
            log.Clear();
            return TypedResults.NoContent();
        });

        return endpoints;
    }

    private static async Task<Results<Ok<RevocationResponse>, ProblemHttpResult>> RevokeAsync(
        [FromQuery] string? subject,
        [FromQuery(Name = "client_id")] string? clientId,
        TokenRevoker revoker,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(subject) == string.IsNullOrEmpty(clientId))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Exactly one of the query parameters 'subject' and 'client_id' is required.",
                detail: "Use /demo/revoke?subject=demo-user or /demo/revoke?client_id=orders-machine.");
        }

        if (!string.IsNullOrEmpty(subject))
        {
            return TypedResults.Ok(new RevocationResponse(await revoker.RevokeBySubjectAsync(subject, cancellationToken)));
        }

        var revokedTokens = await revoker.RevokeByClientIdAsync(clientId!, cancellationToken);
        if (revokedTokens is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Client not found.",
                detail: $"No client has the id '{clientId}'.");
        }

        return TypedResults.Ok(new RevocationResponse(revokedTokens.Value));
    }
}
