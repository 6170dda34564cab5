using IntegrationHub.Connections;
using IntegrationHub.Server.Contracts;
using IntegrationHub.Server.Http;
using IntegrationHub.Server.Security;

namespace IntegrationHub.Server.Endpoints;

/// <summary>Maps <c>/v1/api-connections</c>.</summary>
internal static class ApiConnectionEndpoints
{
    private static readonly VersionedResource<ApiConnection, ApiConnectionResponse> Resource = new(
        "/v1/api-connections",
        c => c.Id,
        c => c.Version,
        ApiConnectionResponse.From,
        id => $"No API connection has the id '{id}'.");

    public static void MapApiConnectionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Resource.BasePath)
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithTags("API connections");

        group.MapGet("/", ListAsync).WithName("ListApiConnections").Produces<ItemsResponse<ApiConnectionResponse>>();
        group.MapGet("/{id:guid}", async (Guid id, ApiConnectionService service, HttpResponse response, CancellationToken cancellationToken) =>
                Resource.Get(await service.FindAsync(id, cancellationToken), id, response))
            .WithName("GetApiConnection")
            .Produces<ApiConnectionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", (HttpRequest request, ApiConnectionService service, CancellationToken cancellationToken) =>
                Resource.CreateAsync(request, service.CreateAsync, cancellationToken))
            .WithName("CreateApiConnection")
            .Accepts<ApiConnectionRequest>("application/json")
            .Produces<ApiConnectionResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}", (Guid id, HttpRequest request, ApiConnectionService service, CancellationToken cancellationToken) =>
                Resource.UpdateAsync(request, (body, version, token) => service.UpdateAsync(id, body, version, token), cancellationToken))
            .WithName("UpdateApiConnection")
            .Accepts<ApiConnectionRequest>("application/json")
            .Produces<ApiConnectionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/{id:guid}", (Guid id, HttpRequest request, ApiConnectionService service, CancellationToken cancellationToken) =>
                VersionedResource<ApiConnection, ApiConnectionResponse>.DeleteAsync(request, (version, token) => service.DeleteAsync(id, version, token), cancellationToken))
            .WithName("DeleteApiConnection")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<IResult> ListAsync(ApiConnectionService service, CancellationToken cancellationToken)
    {
        var connections = await service.ListAsync(cancellationToken);
        return TypedResults.Ok(new ItemsResponse<ApiConnectionResponse>([.. connections.OrderBy(c => c.Name, StringComparer.Ordinal).Select(ApiConnectionResponse.From)]));
    }
}
