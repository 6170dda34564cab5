using IntegrationHub.Common;
using IntegrationHub.Validation;

namespace IntegrationHub.Calls;

/// <summary>The result of a call through a connection.</summary>
public sealed class ApiCallResult
{
    private ApiCallResult(ApiCallOutcome outcome)
    {
        Outcome = outcome;
    }

    public ApiCallOutcome Outcome { get; }

    public UpstreamResponse? Response { get; private init; }

    public AuthenticationRequiredReason? Reason { get; private init; }

    public IReadOnlyList<string> MissingKeys { get; private init; } = [];

    public CallError? Error { get; private init; }

    /// <summary>For <see cref="ApiCallOutcome.Rejected"/>: <see cref="OperationStatus.NotFound"/> or <see cref="OperationStatus.Invalid"/>.</summary>
    public OperationStatus RejectionStatus { get; private init; }

    public string? RejectionMessage { get; private init; }

    public ValidationErrors? RejectionErrors { get; private init; }

    public static ApiCallResult Completed(UpstreamResponse response) => new(ApiCallOutcome.Completed) { Response = response };

    public static ApiCallResult AuthenticationRequired(AuthenticationRequiredReason reason, IReadOnlyList<string> missingKeys) =>
        new(ApiCallOutcome.AuthenticationRequired) { Reason = reason, MissingKeys = missingKeys };

    public static ApiCallResult Failed(CallError error) => new(ApiCallOutcome.Failed) { Error = error };

    public static ApiCallResult NotFound(string message) =>
        new(ApiCallOutcome.Rejected) { RejectionStatus = OperationStatus.NotFound, RejectionMessage = message };

    public static ApiCallResult Invalid(ValidationErrors errors) =>
        new(ApiCallOutcome.Rejected) { RejectionStatus = OperationStatus.Invalid, RejectionMessage = "The call request is invalid.", RejectionErrors = errors };
}
