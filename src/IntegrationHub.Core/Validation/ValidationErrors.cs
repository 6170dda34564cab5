namespace IntegrationHub.Validation;

/// <summary>Collects every validation error of a request, keyed by the JSON path of the field at fault.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public int Count => _errors.Values.Sum(v => v.Count);

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var messages))
        {
            messages = [];
            _errors.Add(path, messages);
        }

        messages.Add(message);
    }

    public bool Contains(string path) => _errors.ContainsKey(path);

    /// <summary>Returns the errors in the shape of <c>ValidationProblemDetails.Errors</c>.</summary>
    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
