namespace IntegrationHub.Events;

/// <summary>Publishes events to the event streams.</summary>
public interface IEventPublisher
{
    /// <summary>Assigns the event its sequence number and delivers it to every open stream; returns the event as published.</summary>
    HubEvent Publish(HubEvent hubEvent);
}
