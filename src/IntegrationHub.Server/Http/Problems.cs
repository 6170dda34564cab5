using IntegrationHub.Common;
using IntegrationHub.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Http;

/// <summary>Builds RFC 9457 problem responses.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(string detail, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: status == StatusCodes.Status400BadRequest ? "Invalid request" : null);

    public static ValidationProblem Validation(ValidationErrors errors, string? detail = null) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), detail: detail ?? "One or more fields are invalid; each entry in 'errors' names a field by its JSON path.", title: "Invalid request");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>Maps a failed operation to its problem response.</summary>
    public static IResult From<T>(OperationResult<T> result) => result.Status switch
    {
        OperationStatus.Invalid => Validation(result.Errors!),
        OperationStatus.NotFound => NotFound(result.Message!),
        OperationStatus.Conflict => Conflict(result),
        OperationStatus.PreconditionFailed => TypedResults.Problem(detail: result.Message, statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed"),
        OperationStatus.ReadOnly => TypedResults.Problem(detail: result.Message, statusCode: StatusCodes.Status405MethodNotAllowed, title: "Read-only"),
        _ => throw new InvalidOperationException($"No problem mapping for {result.Status}."),
    };

    private static ProblemHttpResult Conflict<T>(OperationResult<T> result)
    {
        var extensions = result.ReferencedBy.Count > 0
            ? new Dictionary<string, object?> { ["connections"] = result.ReferencedBy }
            : null;
        return TypedResults.Problem(detail: result.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict", extensions: extensions);
    }
}
