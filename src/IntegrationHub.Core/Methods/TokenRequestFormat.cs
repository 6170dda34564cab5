namespace IntegrationHub.Methods;

/// <summary>The body format of token requests.</summary>
public enum TokenRequestFormat
{
    /// <summary><c>application/x-www-form-urlencoded</c> (RFC 6749 §4.1.3, §4.4.2, §6).</summary>
    Form,

    /// <summary>A JSON object with the same fields, for servers that require it.</summary>
    Json,
}
