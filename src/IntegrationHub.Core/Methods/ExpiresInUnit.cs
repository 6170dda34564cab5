namespace IntegrationHub.Methods;

/// <summary>The unit of a mapped token lifetime field.</summary>
public enum ExpiresInUnit
{
    Seconds,
    Milliseconds,
    Minutes,
}
