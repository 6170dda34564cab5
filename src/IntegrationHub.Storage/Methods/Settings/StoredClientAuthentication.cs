namespace IntegrationHub.Storage.Methods.Settings;

internal sealed class StoredClientAuthentication
{
    public required bool Enabled { get; init; }

    /// <summary>The validity as a <see cref="TimeSpan"/> in the constant ("c") format, or <see langword="null"/> for no limit.</summary>
    public TimeSpan? Validity { get; init; }
}
