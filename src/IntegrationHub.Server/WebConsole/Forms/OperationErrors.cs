using IntegrationHub.Common;

namespace IntegrationHub.Server.WebConsole.Forms;

/// <summary>Copies the outcome of a failed service call into a form's errors.</summary>
internal static class OperationErrors
{
    /// <param name="conflictPath">The field that a <see cref="OperationStatus.Conflict"/> is about, such as <c>name</c>; empty for the whole form.</param>
    /// <param name="entity">What the form edits, such as "authentication method", for the message about a concurrent change.</param>
    public static void Add<T>(OperationResult<T> result, FormErrors errors, string conflictPath, string entity)
    {
        switch (result.Status)
        {
            case OperationStatus.Invalid:
                errors.AddRange(result.Errors!.ToDictionary());
                break;
            case OperationStatus.Conflict:
                errors.Add(conflictPath, result.Message!);
                break;
            case OperationStatus.PreconditionFailed:
                errors.Add(string.Empty, $"Someone changed this {entity} after you opened it. Open it again to see the current settings, then repeat your change.");
                break;
            default:
                errors.Add(string.Empty, result.Message ?? $"The {entity} could not be saved.");
                break;
        }
    }
}
