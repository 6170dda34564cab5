namespace IntegrationHub.Secrets;

/// <summary>
/// A secret value such as a password, client secret, token or piece of client authentication data.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> returns a redaction marker so that a secret put into a log message,
/// an exception or an interpolated string by mistake does not leak. Read the value with <see cref="Reveal"/>.
/// </remarks>
public sealed class Secret : IEquatable<Secret>
{
    /// <summary>The text that <see cref="ToString"/> returns.</summary>
    public const string Redacted = "[redacted]";

    private readonly string _value;

    public Secret(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Returns the secret value; call it only where the value leaves for its intended recipient.</summary>
    public string Reveal() => _value;

    public override string ToString() => Redacted;

    public bool Equals(Secret? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Secret other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
