using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Events;

/// <summary>Limits of the event streams; bound from <c>IntegrationHub:Events</c>.</summary>
public sealed class EventStreamOptions
{
    /// <summary>How long a streaming URL can be redeemed.</summary>
    /// <value>30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StreamingUrlLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many recent events are kept for replay to reconnecting streams.</summary>
    /// <value>1000.</value>
    [Range(10, 1_000_000)]
    public int ReplayBufferSize { get; set; } = 1000;

    /// <summary>How long a stream without a connected client is kept before it is forgotten.</summary>
    /// <value>1 hour.</value>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan IdleStreamLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many events may wait for a slow client before it is disconnected; it replays the rest on reconnect.</summary>
    /// <value>500.</value>
    [Range(1, 100_000)]
    public int ClientQueueSize { get; set; } = 500;
}
