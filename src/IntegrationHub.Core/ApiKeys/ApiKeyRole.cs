namespace IntegrationHub.ApiKeys;

/// <summary>What an API key may do; JSON names are <c>admin</c> and <c>runtime</c>.</summary>
public enum ApiKeyRole
{
    /// <summary>Every endpoint.</summary>
    Admin,

    /// <summary>Conversations and streams only.</summary>
    Runtime,
}
