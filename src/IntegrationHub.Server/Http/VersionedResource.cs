using System.Text.Json;
using IntegrationHub.Common;

namespace IntegrationHub.Server.Http;

/// <summary>
/// The handlers shared by the admin resources that carry a version: create with <c>201</c>, <c>Location</c> and <c>ETag</c>,
/// read with <c>ETag</c>, update with <c>If-Match</c>, and delete.
/// </summary>
/// <param name="BasePath">The collection path, such as <c>/v1/api-connections</c>.</param>
/// <param name="NotFoundMessage">Formats the <c>404</c> detail from the requested id.</param>
internal sealed record VersionedResource<T, TResponse>(
    string BasePath,
    Func<T, Guid> GetId,
    Func<T, long> GetVersion,
    Func<T, TResponse> ToResponse,
    Func<Guid, string> NotFoundMessage)
{
    public IResult Get(T? entity, Guid id, HttpResponse response)
    {
        if (entity is null)
        {
            return Problems.NotFound(NotFoundMessage(id));
        }

        response.Headers.ETag = ETags.Format(GetVersion(entity));
        return TypedResults.Ok(ToResponse(entity));
    }

    public async Task<IResult> CreateAsync(HttpRequest request, Func<JsonElement, CancellationToken, Task<OperationResult<T>>> create, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await create(body!.Value, cancellationToken);
        if (!result.Succeeded)
        {
            return Problems.From(result);
        }

        request.HttpContext.Response.Headers.ETag = ETags.Format(GetVersion(result.Value!));
        return TypedResults.Created($"{BasePath}/{GetId(result.Value!)}", ToResponse(result.Value!));
    }

    public async Task<IResult> UpdateAsync(HttpRequest request, Func<JsonElement, long?, CancellationToken, Task<OperationResult<T>>> update, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (version, ifMatchError) = ETags.ParseIfMatch(request);
        if (ifMatchError is not null)
        {
            return Problems.BadRequest(ifMatchError);
        }

        var result = await update(body!.Value, version, cancellationToken);
        if (!result.Succeeded)
        {
            return Problems.From(result);
        }

        request.HttpContext.Response.Headers.ETag = ETags.Format(GetVersion(result.Value!));
        return TypedResults.Ok(ToResponse(result.Value!));
    }

    public static async Task<IResult> DeleteAsync(HttpRequest request, Func<long?, CancellationToken, Task<OperationResult<T>>> delete, CancellationToken cancellationToken)
    {
        var (version, ifMatchError) = ETags.ParseIfMatch(request);
        if (ifMatchError is not null)
        {
            return Problems.BadRequest(ifMatchError);
        }

        var result = await delete(version, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : Problems.From(result);
    }
}
