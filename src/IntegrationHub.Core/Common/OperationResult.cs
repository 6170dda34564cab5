using IntegrationHub.Validation;

namespace IntegrationHub.Common;

/// <summary>The value of a successful admin operation, or why it failed.</summary>
public sealed class OperationResult<T>
{
    private OperationResult(OperationStatus status, T? value, ValidationErrors? errors, string? message, IReadOnlyList<string> referencedBy)
    {
        Status = status;
        Value = value;
        Errors = errors;
        Message = message;
        ReferencedBy = referencedBy;
    }

    public OperationStatus Status { get; }

    public T? Value { get; }

    public ValidationErrors? Errors { get; }

    /// <summary>A message for the caller when the operation failed.</summary>
    public string? Message { get; }

    /// <summary>The names of the entities that use this one, for a conflict on delete.</summary>
    public IReadOnlyList<string> ReferencedBy { get; }

    public bool Succeeded => Status == OperationStatus.Succeeded;

    public static OperationResult<T> Success(T value) => new(OperationStatus.Succeeded, value, null, null, []);

    public static OperationResult<T> Invalid(ValidationErrors errors) => new(OperationStatus.Invalid, default, errors, "One or more fields are invalid.", []);

    public static OperationResult<T> Failure(OperationStatus status, string message, IReadOnlyList<string>? referencedBy = null) =>
        new(status, default, null, message, referencedBy ?? []);
}
