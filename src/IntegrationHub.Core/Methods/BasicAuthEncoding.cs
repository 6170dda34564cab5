namespace IntegrationHub.Methods;

/// <summary>How the client id and secret are encoded in an <c>Authorization: Basic</c> header to the token endpoint.</summary>
public enum BasicAuthEncoding
{
    /// <summary>Form-urlencode the id and the secret, then base64 (RFC 6749 §2.3.1).</summary>
    FormUrlEncoded,

    /// <summary>Base64 of the raw <c>id:secret</c>, for servers that never decode; a client id with <c>:</c> is then invalid.</summary>
    Raw,
}
