using IntegrationHub.ApiKeys;
using IntegrationHub.Storage.Database;

namespace IntegrationHub.Storage.ApiKeys;

/// <summary>Maps <see cref="ApiKey"/> to its row and back.</summary>
internal static class ApiKeyMapper
{
    public static ApiKeyEntity ToEntity(ApiKey key) => new()
    {
        Id = key.Id,
        Name = key.Name,
        Role = key.Role,
        KeyHash = key.KeyHash,
        CreatedAtUtcTicks = UtcTicks.From(key.CreatedAt),
    };

    public static ApiKey ToDomain(ApiKeyEntity entity) => new(
        entity.Id,
        entity.Name,
        entity.Role,
        entity.KeyHash,
        UtcTicks.ToDateTimeOffset(entity.CreatedAtUtcTicks));
}
