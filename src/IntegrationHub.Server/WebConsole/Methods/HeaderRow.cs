namespace IntegrationHub.Server.WebConsole.Methods;

/// <summary>One header row of the method form.</summary>
internal sealed class HeaderRow
{
    public string? Name { get; set; }

    /// <summary>The value template; empty for a secret header whose stored value is kept.</summary>
    public string? Value { get; set; }

    public bool Secret { get; set; }
}
