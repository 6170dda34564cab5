using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Server;

/// <summary>Settings of the IntegrationHub host; bound from the <c>IntegrationHub</c> section.</summary>
public sealed class ServerOptions
{
    public const string SectionName = "IntegrationHub";

    /// <summary>The folder for the SQLite database and the Data Protection key ring; a relative path is under the content root.</summary>
    /// <value><c>data</c>.</value>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// An admin API key to accept from the first start on; when absent and no admin key exists, one is generated and printed once.
    /// A configured key is stored (hashed) and stays valid after the setting changes, until it is deleted through <c>/v1/api-keys</c>.
    /// </summary>
    [MinLength(16)]
    public string? AdminApiKey { get; set; }

    /// <summary>The URL that clients use to reach IntegrationHub, for building streaming URLs behind a proxy; when absent, the request's own URL is used.</summary>
    [RegularExpression(@"^https?://[^\s/?#]+(/[^\s?#]*)?$", ErrorMessage = "PublicBaseUrl must be an absolute http or https URL without query or fragment, such as https://hub.example.com.")]
    public string? PublicBaseUrl { get; set; }

    /// <summary>The largest request body accepted, in bytes.</summary>
    /// <value>4 MiB.</value>
    [Range(1024, 256 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;
}
