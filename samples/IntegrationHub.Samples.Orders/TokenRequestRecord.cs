namespace IntegrationHub.Samples.Orders;

/// <summary>
/// What a request to the token endpoint contained, without any secret, code or token value.
/// </summary>
/// <param name="ReceivedAt">When the request arrived, from the sample's <see cref="TimeProvider"/>.</param>
/// <param name="GrantType">The <c>grant_type</c> form field, or <c>null</c> when absent.</param>
/// <param name="ClientId">The client id from the <c>client_id</c> form field or, form-urldecoded, from the Basic header.</param>
/// <param name="ClientAuthentication">How the client presented its secret.</param>
/// <param name="HasAuthorizationHeader">Whether the request had an <c>Authorization</c> header.</param>
/// <param name="AuthorizationScheme">The scheme of the <c>Authorization</c> header, such as <c>Basic</c>, or <c>null</c>.</param>
/// <param name="FormFieldNames">Names of the form fields in ordinal order, without their values.</param>
/// <param name="Scope">The <c>scope</c> form field, or <c>null</c> when absent.</param>
/// <param name="StatusCode">The HTTP status code of the token endpoint's response.</param>
public sealed record TokenRequestRecord(
    DateTimeOffset ReceivedAt,
    string? GrantType,
    string? ClientId,
    TokenRequestClientAuthentication ClientAuthentication,
    bool HasAuthorizationHeader,
    string? AuthorizationScheme,
    IReadOnlyList<string> FormFieldNames,
    string? Scope,
    int StatusCode);
