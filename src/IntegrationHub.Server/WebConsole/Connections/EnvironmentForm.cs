namespace IntegrationHub.Server.WebConsole.Connections;

/// <summary>One environment in the "API Source" section of the connection form.</summary>
internal sealed class EnvironmentForm
{
    public string? BaseUrl { get; set; }

    /// <summary>The selected method's id, or empty when none is selected.</summary>
    public string? AuthenticationMethodId { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(BaseUrl) && string.IsNullOrWhiteSpace(AuthenticationMethodId);
}
