namespace IntegrationHub.Methods;

/// <summary>How a client sends its id and secret to the token endpoint (RFC 6749 §2.3.1).</summary>
public enum ClientCredentialPlacement
{
    /// <summary><c>client_secret_basic</c>: an <c>Authorization: Basic</c> header over the form-urlencoded id and secret.</summary>
    BasicAuthHeader,

    /// <summary><c>client_secret_post</c>: <c>client_id</c> and <c>client_secret</c> form fields.</summary>
    RequestBody,
}
