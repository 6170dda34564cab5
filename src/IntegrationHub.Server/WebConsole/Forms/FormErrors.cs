namespace IntegrationHub.Server.WebConsole.Forms;

/// <summary>
/// The errors of a submitted console form, keyed by the JSON path that the application services report
/// (<c>name</c>, <c>settings.tokenUrl</c>, <c>settings.headers[1].value</c>); the empty path contains errors of the whole form.
/// </summary>
internal sealed class FormErrors
{
    /// <summary>The view data entry that contains the errors of the page's form.</summary>
    public const string ViewDataKey = "IntegrationHub.FormErrors";

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    /// <summary>Every error in the order it was added.</summary>
    public IEnumerable<KeyValuePair<string, string>> All =>
        _errors.SelectMany(entry => entry.Value.Select(message => KeyValuePair.Create(entry.Key, message)));

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var messages))
        {
            messages = [];
            _errors.Add(path, messages);
        }

        messages.Add(message);
    }

    public void AddRange(IDictionary<string, string[]> errors)
    {
        foreach (var (path, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(path, message);
            }
        }
    }

    /// <summary>Returns the messages of a field; a path that ends in <c>.*</c> also takes the messages of the fields below it.</summary>
    public IReadOnlyList<string> For(string path)
    {
        if (path.EndsWith(".*", StringComparison.Ordinal))
        {
            var parent = path[..^2];
            return [.. _errors.Where(e => e.Key == parent || e.Key.StartsWith(parent + ".", StringComparison.Ordinal)).SelectMany(e => e.Value)];
        }

        return _errors.TryGetValue(path, out var messages) ? messages : [];
    }
}
