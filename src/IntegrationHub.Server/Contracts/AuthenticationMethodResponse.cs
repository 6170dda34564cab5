using System.Text.Json.Nodes;

namespace IntegrationHub.Server.Contracts;

/// <summary>An authentication method as the API returns it; <see cref="Settings"/> never contains a secret value.</summary>
public sealed record AuthenticationMethodResponse(
    Guid Id,
    string Name,
    string Description,
    string Type,
    bool ReadOnly,
    JsonObject Settings,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
