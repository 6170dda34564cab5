using IntegrationHub.Connections;

namespace IntegrationHub.Storage.Connections;

/// <summary>The row of one <see cref="ConnectionEnvironment"/> of a connection.</summary>
internal sealed class ConnectionEnvironmentEntity
{
    public Guid ConnectionId { get; set; }

    public ApiEnvironment Environment { get; set; }

    public required string BaseUrl { get; set; }

    public Guid AuthenticationMethodId { get; set; }
}
