using IntegrationHub.Methods;
using IntegrationHub.Storage.Database;
using IntegrationHub.Storage.Methods.Settings;

namespace IntegrationHub.Storage.Methods;

/// <summary>Maps <see cref="AuthenticationMethod"/> to its row and back, passing the settings through the encrypting serializer.</summary>
internal sealed class AuthenticationMethodMapper(AuthenticationMethodSettingsSerializer settingsSerializer)
{
    public AuthenticationMethodEntity ToEntity(AuthenticationMethod method) => new()
    {
        Id = method.Id,
        Name = method.Name,
        Description = method.Description,
        Type = method.Type.ToName(),
        ReadOnly = method.ReadOnly,
        SettingsJson = settingsSerializer.Serialize(method.Settings),
        CreatedAtUtcTicks = UtcTicks.From(method.CreatedAt),
        UpdatedAtUtcTicks = UtcTicks.From(method.UpdatedAt),
        Version = method.Version,
    };

    /// <summary>Copies every field except the id and the creation time, which never change.</summary>
    public void Apply(AuthenticationMethod method, AuthenticationMethodEntity entity)
    {
        entity.Name = method.Name;
        entity.Description = method.Description;
        entity.Type = method.Type.ToName();
        entity.ReadOnly = method.ReadOnly;
        entity.SettingsJson = settingsSerializer.Serialize(method.Settings);
        entity.UpdatedAtUtcTicks = UtcTicks.From(method.UpdatedAt);
        entity.Version = method.Version;
    }

    public AuthenticationMethod ToDomain(AuthenticationMethodEntity entity) => new(
        entity.Id,
        entity.Name,
        entity.Description,
        settingsSerializer.Deserialize(entity.SettingsJson),
        entity.ReadOnly,
        UtcTicks.ToDateTimeOffset(entity.CreatedAtUtcTicks),
        UtcTicks.ToDateTimeOffset(entity.UpdatedAtUtcTicks),
        entity.Version);
}
