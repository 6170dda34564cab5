using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Calls;

/// <summary>Limits of calls to upstream APIs; bound from <c>IntegrationHub:Calls</c>.</summary>
public sealed class CallOptions
{
    /// <summary>How long IntegrationHub waits for an upstream response.</summary>
    /// <value>100 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan UpstreamTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The largest upstream response body that is returned, in bytes.</summary>
    /// <value>4 MiB.</value>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxResponseBodyBytes { get; set; } = 4 * 1024 * 1024;
}
