namespace IntegrationHub.Templates;

/// <summary>The result of resolving a <see cref="Template"/>: a value, or the client data paths that had none.</summary>
public sealed class TemplateResolution
{
    private TemplateResolution(string? value, IReadOnlyList<string> missingKeys)
    {
        Value = value;
        MissingKeys = missingKeys;
    }

    public string? Value { get; }

    public IReadOnlyList<string> MissingKeys { get; }

    public bool Succeeded => Value is not null;

    public static TemplateResolution Resolved(string value) => new(value, []);

    public static TemplateResolution Missing(IReadOnlyList<string> keys) => new(null, keys);
}
