namespace IntegrationHub.Server.Security;

/// <summary>Names of the API key authentication scheme and the authorization policies.</summary>
internal static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string AdminPolicy = "admin";
    public const string RuntimePolicy = "runtime";
    public const string RoleClaim = "integrationhub:role";
    public const string KeyIdClaim = "integrationhub:key_id";
}
