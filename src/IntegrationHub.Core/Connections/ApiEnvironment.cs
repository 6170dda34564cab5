namespace IntegrationHub.Connections;

/// <summary>The environment of an API connection; JSON names are <c>sandbox</c> and <c>production</c>.</summary>
public enum ApiEnvironment
{
    Sandbox,
    Production,
}
