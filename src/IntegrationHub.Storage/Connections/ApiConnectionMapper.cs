using IntegrationHub.Connections;
using IntegrationHub.Storage.Database;

namespace IntegrationHub.Storage.Connections;

/// <summary>Maps <see cref="ApiConnection"/> to its rows and back.</summary>
internal static class ApiConnectionMapper
{
    public static ApiConnectionEntity ToEntity(ApiConnection connection)
    {
        var entity = new ApiConnectionEntity
        {
            Id = connection.Id,
            Name = connection.Name,
            Description = connection.Description,
            CreatedAtUtcTicks = UtcTicks.From(connection.CreatedAt),
        };
        Apply(connection, entity);
        return entity;
    }

    /// <summary>Copies every field except the id and the creation time, updating environment rows in place.</summary>
    public static void Apply(ApiConnection connection, ApiConnectionEntity entity)
    {
        entity.Name = connection.Name;
        entity.Description = connection.Description;
        entity.UpdatedAtUtcTicks = UtcTicks.From(connection.UpdatedAt);
        entity.Version = connection.Version;
        ApplyEnvironment(entity, ApiEnvironment.Sandbox, connection.Sandbox);
        ApplyEnvironment(entity, ApiEnvironment.Production, connection.Production);
    }

    public static ApiConnection ToDomain(ApiConnectionEntity entity) => new(
        entity.Id,
        entity.Name,
        entity.Description,
        ToDomain(entity, ApiEnvironment.Sandbox),
        ToDomain(entity, ApiEnvironment.Production),
        UtcTicks.ToDateTimeOffset(entity.CreatedAtUtcTicks),
        UtcTicks.ToDateTimeOffset(entity.UpdatedAtUtcTicks),
        entity.Version);

    private static void ApplyEnvironment(ApiConnectionEntity entity, ApiEnvironment environment, ConnectionEnvironment? value)
    {
        var row = entity.Environments.Find(existing => existing.Environment == environment);
        if (value is null)
        {
            if (row is not null)
            {
                entity.Environments.Remove(row);
            }

            return;
        }

        if (row is null)
        {
            row = new ConnectionEnvironmentEntity { Environment = environment, BaseUrl = value.BaseUrl.OriginalString };
            entity.Environments.Add(row);
        }

        row.BaseUrl = value.BaseUrl.OriginalString;
        row.AuthenticationMethodId = value.AuthenticationMethodId;
    }

    private static ConnectionEnvironment? ToDomain(ApiConnectionEntity entity, ApiEnvironment environment)
    {
        var row = entity.Environments.Find(existing => existing.Environment == environment);
        return row is null
            ? null
            : new ConnectionEnvironment(new Uri(row.BaseUrl, UriKind.RelativeOrAbsolute), row.AuthenticationMethodId);
    }
}
