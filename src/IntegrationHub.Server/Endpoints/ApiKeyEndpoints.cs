using IntegrationHub.ApiKeys;
using IntegrationHub.Server.Contracts;
using IntegrationHub.Server.Http;
using IntegrationHub.Server.Security;

namespace IntegrationHub.Server.Endpoints;

/// <summary>Maps <c>/v1/api-keys</c>.</summary>
internal static class ApiKeyEndpoints
{
    public static void MapApiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/api-keys")
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithTags("API keys");

        group.MapGet("/", ListAsync).WithName("ListApiKeys").Produces<ItemsResponse<ApiKeyResponse>>();
        group.MapPost("/", CreateAsync).WithName("CreateApiKey")
            .Accepts<ApiKeyRequest>("application/json")
            .Produces<ApiKeyResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}", async (Guid id, ApiKeyService service, CancellationToken cancellationToken) =>
                (await service.ListAsync(cancellationToken)).FirstOrDefault(k => k.Id == id) is { } key
                    ? (IResult)TypedResults.Ok(ApiKeyResponse.From(key))
                    : Problems.NotFound($"No API key has the id '{id}'."))
            .WithName("GetApiKey")
            .Produces<ApiKeyResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteApiKey")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(ApiKeyService service, CancellationToken cancellationToken)
    {
        var keys = await service.ListAsync(cancellationToken);
        return TypedResults.Ok(new ItemsResponse<ApiKeyResponse>([.. keys.OrderBy(k => k.CreatedAt).Select(k => ApiKeyResponse.From(k))]));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApiKeyService service, CancellationToken cancellationToken)
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

        var issued = result.Value!;
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/v1/api-keys/{issued.ApiKey.Id}", ApiKeyResponse.From(issued.ApiKey, issued.Key.Reveal()));
    }

    private static async Task<IResult> DeleteAsync(Guid id, ApiKeyService service, CancellationToken cancellationToken) =>
        await service.DeleteAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound($"No API key has the id '{id}'.");
}
