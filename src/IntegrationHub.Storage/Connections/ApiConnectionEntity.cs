using IntegrationHub.Connections;

namespace IntegrationHub.Storage.Connections;

/// <summary>The row of an <see cref="ApiConnection"/>. Its environments are rows of their own.</summary>
internal sealed class ApiConnectionEntity
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    public long CreatedAtUtcTicks { get; set; }

    public long UpdatedAtUtcTicks { get; set; }

    public long Version { get; set; }

    public List<ConnectionEnvironmentEntity> Environments { get; set; } = [];
}
