using IntegrationHub.Connections;
using IntegrationHub.Server.Contracts;
using IntegrationHub.Server.Http;
using IntegrationHub.Server.Security;

namespace IntegrationHub.Server.Endpoints;

/// <summary>Maps <c>/v1/api-connections</c>.</summary>
internal static class ApiConnectionEndpoints
{
    public static void MapApiConnectionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/api-connections")
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithTags("API connections");

        group.MapGet("/", ListAsync).WithName("ListApiConnections");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetApiConnection");
        group.MapPost("/", CreateAsync).WithName("CreateApiConnection")
            .Accepts<ApiConnectionRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateApiConnection")
            .Accepts<ApiConnectionRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteApiConnection")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<IResult> ListAsync(ApiConnectionService service, CancellationToken cancellationToken)
    {
        var connections = await service.ListAsync(cancellationToken);
        return TypedResults.Ok(new ItemsResponse<ApiConnectionResponse>([.. connections.OrderBy(c => c.Name, StringComparer.Ordinal).Select(ApiConnectionResponse.From)]));
    }

    private static async Task<IResult> GetAsync(Guid id, ApiConnectionService service, HttpResponse response, CancellationToken cancellationToken)
    {
        var connection = await service.FindAsync(id, cancellationToken);
        if (connection is null)
        {
            return Problems.NotFound($"No API connection has the id '{id}'.");
        }

        response.Headers.ETag = ETags.Format(connection.Version);
        return TypedResults.Ok(ApiConnectionResponse.From(connection));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApiConnectionService service, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await service.CreateAsync(body!.Value, cancellationToken);
        if (!result.Succeeded)
        {
            return Problems.From(result);
        }

        request.HttpContext.Response.Headers.ETag = ETags.Format(result.Value!.Version);
        return TypedResults.Created($"/v1/api-connections/{result.Value.Id}", ApiConnectionResponse.From(result.Value));
    }

    private static async Task<IResult> UpdateAsync(Guid id, HttpRequest request, ApiConnectionService service, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await service.UpdateAsync(id, body!.Value, ETags.ParseIfMatch(request), cancellationToken);
        if (!result.Succeeded)
        {
            return Problems.From(result);
        }

        request.HttpContext.Response.Headers.ETag = ETags.Format(result.Value!.Version);
        return TypedResults.Ok(ApiConnectionResponse.From(result.Value));
    }

    private static async Task<IResult> DeleteAsync(Guid id, HttpRequest request, ApiConnectionService service, CancellationToken cancellationToken)
    {
        var result = await service.DeleteAsync(id, ETags.ParseIfMatch(request), cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : Problems.From(result);
    }
}
