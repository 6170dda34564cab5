using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Calls;

namespace IntegrationHub.Server.Contracts;

/// <summary>Writes the envelope of <c>POST /v1/conversations/{id}/calls</c>.</summary>
internal static class CallResponseWriter
{
    public static JsonObject Write(ApiCallResult result) => result.Outcome switch
    {
        ApiCallOutcome.Completed => new JsonObject
        {
            ["outcome"] = "completed",
            ["response"] = new JsonObject
            {
                ["status"] = result.Response!.Status,
                ["headers"] = new JsonObject(result.Response.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value))),
                ["body"] = result.Response.JsonBody is { } json ? JsonNode.Parse(json.GetRawText()) : result.Response.TextBody,
            },
        },
        ApiCallOutcome.AuthenticationRequired => new JsonObject
        {
            ["outcome"] = "authenticationRequired",
            ["reason"] = JsonNamingPolicy.CamelCase.ConvertName(result.Reason!.Value.ToString()),
            ["missingKeys"] = new JsonArray([.. result.MissingKeys.Select(k => (JsonNode)k)]),
        },
        ApiCallOutcome.Failed => new JsonObject
        {
            ["outcome"] = "failed",
            ["error"] = WriteError(result.Error!),
        },
        _ => throw new InvalidOperationException($"The outcome {result.Outcome} has no envelope."),
    };

    private static JsonObject WriteError(CallError error)
    {
        var json = new JsonObject { ["code"] = error.Code, ["message"] = error.Message };
        if (error.OAuthError is not null)
        {
            json["oauthError"] = error.OAuthError;
        }

        return json;
    }
}
