using IntegrationHub.Connections;

namespace IntegrationHub.Server.Contracts;

/// <summary>One environment of a connection: its base URL and authentication method.</summary>
public sealed record ApiConnectionEnvironment(string BaseUrl, Guid AuthenticationMethodId)
{
    internal static ApiConnectionEnvironment? From(ConnectionEnvironment? environment) =>
        environment is null ? null : new(environment.BaseUrl.AbsoluteUri, environment.AuthenticationMethodId);
}
