using IntegrationHub.Methods;
using IntegrationHub.Server.Contracts;
using IntegrationHub.Server.Http;
using IntegrationHub.Server.Security;
using IntegrationHub.Testing;

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

        group.MapPost("/{id:guid}/test", TestAsync)
            .WithName("TestAuthenticationMethod")
            .Accepts<CredentialTestRequestDocument>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

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
        group.MapDelete("/{id:guid}", (Guid id, HttpRequest request, AuthenticationMethodService service, CancellationToken cancellationToken) =>
                VersionedResource<AuthenticationMethod, AuthenticationMethodResponse>.DeleteAsync(request, (version, token) => service.DeleteAsync(id, version, token), cancellationToken))
            .WithName("DeleteAuthenticationMethod")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<IResult> TestAsync(Guid id, HttpRequest request, CredentialTestService service, CancellationToken cancellationToken)
    {
        var body = default(System.Text.Json.JsonElement);
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var (read, problem) = await JsonBody.ReadAsync(request, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            body = read!.Value;
        }

        var result = await service.TestAsync(id, body, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return result.Succeeded ? TypedResults.Ok(CredentialTestWriter.Write(result.Value!)) : Problems.From(result);
    }

    private static async Task<IResult> ListAsync(AuthenticationMethodService service, CancellationToken cancellationToken)
    {
        var methods = await service.ListAsync(cancellationToken);
        return TypedResults.Ok(new ItemsResponse<AuthenticationMethodResponse>([.. methods.OrderBy(m => m.Name, StringComparer.Ordinal).Select(MethodSettingsWriter.ToResponse)]));
    }
}
