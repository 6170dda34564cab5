using IntegrationHub.Methods;
using IntegrationHub.Server.Contracts;
using IntegrationHub.Server.Http;
using IntegrationHub.Server.Security;

namespace IntegrationHub.Server.Endpoints;

/// <summary>Maps <c>/v1/authentication-methods</c>.</summary>
internal static class AuthenticationMethodEndpoints
{
    private static readonly VersionedResource<AuthenticationMethod, AuthenticationMethodResponse> Resource = new(
        "/v1/authentication-methods",
        m => m.Id,
        m => m.Version,
        MethodSettingsWriter.ToResponse,
        id => $"No authentication method has the id '{id}'.");

    public static void MapAuthenticationMethodEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Resource.BasePath)
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithTags("Authentication methods");

        group.MapGet("/", ListAsync).WithName("ListAuthenticationMethods").Produces<ItemsResponse<AuthenticationMethodResponse>>();
        group.MapGet("/{id:guid}", async (Guid id, AuthenticationMethodService service, HttpResponse response, CancellationToken cancellationToken) =>
                Resource.Get(await service.FindAsync(id, cancellationToken), id, response))
            .WithName("GetAuthenticationMethod")
            .Produces<AuthenticationMethodResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", (HttpRequest request, AuthenticationMethodService service, CancellationToken cancellationToken) =>
                Resource.CreateAsync(request, service.CreateAsync, cancellationToken))
            .WithName("CreateAuthenticationMethod")
            .Accepts<AuthenticationMethodRequest>("application/json")
            .Produces<AuthenticationMethodResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}", (Guid id, HttpRequest request, AuthenticationMethodService service, CancellationToken cancellationToken) =>
                Resource.UpdateAsync(request, (body, version, token) => service.UpdateAsync(id, body, version, token), cancellationToken))
            .WithName("UpdateAuthenticationMethod")
            .Accepts<AuthenticationMethodRequest>("application/json")
            .Produces<AuthenticationMethodResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/{id:guid}", async (Guid id, HttpRequest request, AuthenticationMethodService service, CancellationToken cancellationToken) =>
                VersionedResource<AuthenticationMethod, AuthenticationMethodResponse>.Deleted(await service.DeleteAsync(id, ETags.ParseIfMatch(request), cancellationToken)))
            .WithName("DeleteAuthenticationMethod")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<IResult> ListAsync(AuthenticationMethodService service, CancellationToken cancellationToken)
    {
        var methods = await service.ListAsync(cancellationToken);
        return TypedResults.Ok(new ItemsResponse<AuthenticationMethodResponse>([.. methods.OrderBy(m => m.Name, StringComparer.Ordinal).Select(MethodSettingsWriter.ToResponse)]));
    }
}
