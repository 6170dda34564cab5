using IntegrationHub.Connections;

namespace IntegrationHub.Server.Contracts;

/// <summary>An API connection as the API returns it.</summary>
public sealed record ApiConnectionResponse(Guid Id, string Name, string Description, ApiConnectionEnvironments Environments, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    internal static ApiConnectionResponse From(ApiConnection connection) => new(
        connection.Id,
        connection.Name,
        connection.Description,
        new ApiConnectionEnvironments(ApiConnectionEnvironment.From(connection.Sandbox), ApiConnectionEnvironment.From(connection.Production)),
        connection.CreatedAt,
        connection.UpdatedAt);
}
