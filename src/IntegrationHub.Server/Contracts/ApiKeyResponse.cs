using IntegrationHub.ApiKeys;

namespace IntegrationHub.Server.Contracts;

/// <summary>An API key as listed; <see cref="Key"/> is set only in the response that creates it.</summary>
public sealed record ApiKeyResponse(Guid Id, string Name, string Role, DateTimeOffset CreatedAt, string? Key = null)
{
    internal static ApiKeyResponse From(ApiKey key, string? plaintext = null) =>
        new(key.Id, key.Name, key.Role == ApiKeyRole.Admin ? "admin" : "runtime", key.CreatedAt, plaintext);
}
