using IntegrationHub.Calls;
using IntegrationHub.Common;
using IntegrationHub.Conversations;
using IntegrationHub.Server.Contracts;
using IntegrationHub.Server.Http;
using IntegrationHub.Server.Security;

namespace IntegrationHub.Server.Endpoints;

/// <summary>Maps the run-time conversation endpoints, also under ASAPP's public path for <c>authenticate</c>.</summary>
internal static class ConversationEndpoints
{
    public static void MapConversationEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in new[] { "/v1/conversations", "/conversation/v1/conversations" })
        {
            var group = app.MapGroup(prefix)
                .RequireAuthorization(ApiKeyDefaults.RuntimePolicy)
                .WithTags("Conversations");
            var compatibility = prefix != "/v1/conversations";

            var authenticate = group.MapPost("/{conversationId}/authenticate", AuthenticateAsync)
                .Accepts<AuthenticateRequest>("application/json")
                .Produces(StatusCodes.Status204NoContent)
                .ProducesValidationProblem();
            var delete = group.MapDelete("/{conversationId}/authentication", DeleteAsync)
                .Produces(StatusCodes.Status204NoContent)
                .ProducesProblem(StatusCodes.Status404NotFound);
            var calls = group.MapPost("/{conversationId}/calls", CallAsync)
                .Accepts<CallRequest>("application/json")
                .Produces<CallEnvelopeDocument>()
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status404NotFound);
            if (compatibility)
            {
                authenticate.ExcludeFromDescription();
                delete.ExcludeFromDescription();
                calls.ExcludeFromDescription();
            }
            else
            {
                authenticate.WithName("Authenticate");
                delete.WithName("DeleteAuthentication");
                calls.WithName("Call");
            }
        }
    }

    private static async Task<IResult> AuthenticateAsync(string conversationId, HttpRequest request, ConversationService service, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await service.AuthenticateAsync(conversationId, body!.Value, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : Problems.From(result);
    }

    private static async Task<IResult> DeleteAsync(string conversationId, ConversationService service, CancellationToken cancellationToken) =>
        await service.DeleteAsync(conversationId, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound($"The conversation '{conversationId}' has no client authentication data.");

    private static async Task<IResult> CallAsync(string conversationId, HttpRequest request, ApiCallService service, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await service.CallAsync(conversationId, body!.Value, cancellationToken);
        if (result.Outcome != ApiCallOutcome.Rejected)
        {
            request.HttpContext.Response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(CallResponseWriter.Write(result));
        }

        return result.RejectionStatus == OperationStatus.NotFound
            ? Problems.NotFound(result.RejectionMessage!)
            : Problems.Validation(result.RejectionErrors!);
    }
}
