using IntegrationHub.Secrets;
using IntegrationHub.Templates;

namespace IntegrationHub.Methods;

/// <summary>
/// One request header that a method sets; its value is a template.
/// </summary>
/// <remarks>Exactly one of <see cref="Value"/> and <see cref="SecretValue"/> is set.</remarks>
public sealed record HeaderSetting
{
    private HeaderSetting(string name, string? value, Secret? secretValue)
    {
        Name = name;
        Value = value;
        SecretValue = secretValue;
    }

    public string Name { get; }

    /// <summary>The value template of a header that is not secret.</summary>
    public string? Value { get; }

    /// <summary>The value template of a header marked secret; write-only in the API.</summary>
    public Secret? SecretValue { get; }

    public bool IsSecret => SecretValue is not null;

    public static HeaderSetting Plain(string name, string value) => new(name, value, null);

    public static HeaderSetting Confidential(string name, Secret value) => new(name, null, value);

    /// <summary>Parses the value template; the value was validated when the method was saved.</summary>
    public Template ParseTemplate() => Template.ParseValid(Value ?? SecretValue!.Reveal());
}
