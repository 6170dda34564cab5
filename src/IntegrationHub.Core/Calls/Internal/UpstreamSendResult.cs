namespace IntegrationHub.Calls.Internal;

/// <summary>An upstream response, or why there is none.</summary>
internal sealed record UpstreamSendResult(UpstreamResponse? Response, CallError? Error)
{
    public static UpstreamSendResult Success(UpstreamResponse response) => new(response, null);

    public static UpstreamSendResult Fail(CallError error) => new(null, error);
}
