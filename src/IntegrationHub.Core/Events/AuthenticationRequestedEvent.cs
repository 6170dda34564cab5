using IntegrationHub.Calls;
using IntegrationHub.Connections;

namespace IntegrationHub.Events;

/// <summary>Tells the client that the end user must authenticate again before calls through a connection can go on.</summary>
public sealed record AuthenticationRequestedEvent : HubEvent
{
    public override string Type => HubEventTypes.AuthenticationRequested;

    public required Guid ConnectionId { get; init; }

    public required ApiEnvironment Environment { get; init; }

    public required Guid AuthenticationMethodId { get; init; }

    public required AuthenticationRequiredReason Reason { get; init; }

    /// <summary>The client data paths that are missing or must be renewed; names only, never values.</summary>
    public required IReadOnlyList<string> MissingKeys { get; init; }
}
