using IntegrationHub.ApiKeys;

namespace IntegrationHub.Storage.ApiKeys;

/// <summary>The row of an <see cref="ApiKey"/>.</summary>
internal sealed class ApiKeyEntity
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public ApiKeyRole Role { get; set; }

    public required string KeyHash { get; set; }

    public long CreatedAtUtcTicks { get; set; }
}
