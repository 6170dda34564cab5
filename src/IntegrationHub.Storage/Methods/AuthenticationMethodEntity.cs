using IntegrationHub.Methods;

namespace IntegrationHub.Storage.Methods;

/// <summary>The row of an <see cref="AuthenticationMethod"/>.</summary>
internal sealed class AuthenticationMethodEntity
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    /// <summary>The type name, one of <see cref="AuthenticationMethodTypeNames"/>.</summary>
    public required string Type { get; set; }

    public bool ReadOnly { get; set; }

    /// <summary>The settings as JSON in which every secret is encrypted.</summary>
    public required string SettingsJson { get; set; }

    public long CreatedAtUtcTicks { get; set; }

    public long UpdatedAtUtcTicks { get; set; }

    public long Version { get; set; }
}
