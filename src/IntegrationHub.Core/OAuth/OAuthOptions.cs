using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.OAuth;

/// <summary>How IntegrationHub requests and caches OAuth 2.0 tokens; bound from <c>IntegrationHub:OAuth</c>.</summary>
public sealed class OAuthOptions
{
    /// <summary>The lifetime assumed for a token response without <c>expires_in</c>.</summary>
    /// <value>10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan DefaultTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest a token is used, whatever <c>expires_in</c> states.</summary>
    /// <value>24 hours.</value>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long before expiry a token is renewed; tokens that live less than four times this are renewed after three quarters of their lifetime.</summary>
    /// <value>60 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ExpirySkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The timeout of one token request.</summary>
    /// <value>30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TokenRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
