using System.Text.Json.Serialization;

namespace IntegrationHub.Samples.Orders;

/// <summary>
/// How a token request presented client credentials, named as in the OAuth <c>token_endpoint_auth_method</c> registry (RFC 7591 section 2).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TokenRequestClientAuthentication>))]
public enum TokenRequestClientAuthentication
{
    /// <summary>No client secret: neither a Basic header nor a <c>client_secret</c> form field.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>A Basic <c>Authorization</c> header (RFC 6749 section 2.3.1).</summary>
    [JsonStringEnumMemberName("client_secret_basic")]
    ClientSecretBasic,

    /// <summary>A <c>client_secret</c> form field (RFC 6749 section 2.3.1).</summary>
    [JsonStringEnumMemberName("client_secret_post")]
    ClientSecretPost,

    /// <summary>Both a Basic header and a <c>client_secret</c> form field, which RFC 6749 section 2.3 forbids.</summary>
    [JsonStringEnumMemberName("multiple")]
    Multiple,
}
