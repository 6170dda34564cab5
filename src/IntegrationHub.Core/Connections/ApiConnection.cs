namespace IntegrationHub.Connections;

/// <summary>A named upstream API with a sandbox and a production environment, either of which may be absent.</summary>
/// <param name="Version">The concurrency version; the API sends it as the ETag.</param>
public sealed record ApiConnection(
    Guid Id,
    string Name,
    string Description,
    ConnectionEnvironment? Sandbox,
    ConnectionEnvironment? Production,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public ConnectionEnvironment? GetEnvironment(ApiEnvironment environment) =>
        environment == ApiEnvironment.Sandbox ? Sandbox : Production;

    /// <summary>Returns whether either environment uses the given method.</summary>
    public bool Uses(Guid methodId) =>
        Sandbox?.AuthenticationMethodId == methodId || Production?.AuthenticationMethodId == methodId;
}
