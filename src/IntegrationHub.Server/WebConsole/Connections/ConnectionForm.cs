namespace IntegrationHub.Server.WebConsole.Connections;

/// <summary>The fields of the API connection form.</summary>
internal sealed class ConnectionForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public EnvironmentForm Sandbox { get; set; } = new();

    public EnvironmentForm Production { get; set; } = new();

    public EnvironmentForm For(string environment) => environment == "production" ? Production : Sandbox;
}
