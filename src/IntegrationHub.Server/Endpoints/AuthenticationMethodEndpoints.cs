using IntegrationHub.Methods;
using IntegrationHub.Server.Contracts;
using IntegrationHub.Server.Http;
using IntegrationHub.Server.Security;

namespace IntegrationHub.Server.Endpoints;

/// <summary>Maps <c>/v1/authentication-methods</c>.</summary>
internal static class AuthenticationMethodEndpoints
{
    public static void MapAuthenticationMethodEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/authentication-methods")
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithTags("Authentication methods");

        group.MapGet("/", ListAsync).WithName("ListAuthenticationMethods");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetAuthenticationMethod");
        group.MapPost("/", CreateAsync).WithName("CreateAuthenticationMethod")
            .Accepts<AuthenticationMethodRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateAuthenticationMethod")
            .Accepts<AuthenticationMethodRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteAuthenticationMethod")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<IResult> ListAsync(AuthenticationMethodService service, CancellationToken cancellationToken)
    {
        var methods = await service.ListAsync(cancellationToken);
        return TypedResults.Ok(new ItemsResponse<AuthenticationMethodResponse>([.. methods.OrderBy(m => m.Name, StringComparer.Ordinal).Select(MethodSettingsWriter.ToResponse)]));
    }

    private static async Task<IResult> GetAsync(Guid id, AuthenticationMethodService service, HttpResponse response, CancellationToken cancellationToken)
    {
        var method = await service.FindAsync(id, cancellationToken);
        if (method is null)
        {
            return Problems.NotFound($"No authentication method has the id '{id}'.");
        }

        response.Headers.ETag = ETags.Format(method.Version);
        return TypedResults.Ok(MethodSettingsWriter.ToResponse(method));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, AuthenticationMethodService service, CancellationToken cancellationToken)
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
        return TypedResults.Created($"/v1/authentication-methods/{result.Value.Id}", MethodSettingsWriter.ToResponse(result.Value));
    }

    private static async Task<IResult> UpdateAsync(Guid id, HttpRequest request, AuthenticationMethodService service, CancellationToken cancellationToken)
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
        return TypedResults.Ok(MethodSettingsWriter.ToResponse(result.Value));
    }

    private static async Task<IResult> DeleteAsync(Guid id, HttpRequest request, AuthenticationMethodService service, CancellationToken cancellationToken)
    {
        var result = await service.DeleteAsync(id, ETags.ParseIfMatch(request), cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : Problems.From(result);
    }
}
