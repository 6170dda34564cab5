namespace IntegrationHub.Events;

/// <summary>Tells the client that new client authentication data arrived for a conversation, so that the agent can resume.</summary>
public sealed record AuthenticationReceivedEvent : HubEvent
{
    public override string Type => HubEventTypes.AuthenticationReceived;
}
