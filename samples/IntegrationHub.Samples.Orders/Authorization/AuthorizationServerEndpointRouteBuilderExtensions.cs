namespace IntegrationHub.Samples.Orders.Authorization;

/// <summary>
/// Maps the passthrough handlers of the authorize and token endpoints.
/// </summary>
/// <remarks>OpenIddict handles <c>/connect/revoke</c> itself, so it needs no handler.</remarks>
internal static class AuthorizationServerEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapAuthorizationServer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(OrdersSampleRoutes.Authorize, [HttpMethods.Get, HttpMethods.Post], AuthorizeEndpoint.Handle)
            .ExcludeFromDescription();
        endpoints.MapPost(OrdersSampleRoutes.Token, TokenEndpoint.HandleAsync)
            .ExcludeFromDescription();

        return endpoints;
    }
}
