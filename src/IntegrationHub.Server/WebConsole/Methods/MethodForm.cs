using IntegrationHub.Methods;

namespace IntegrationHub.Server.WebConsole.Methods;

/// <summary>The fields of the authentication method form; only the fields of the selected type go into the request body.</summary>
/// <remarks>Secret fields arrive only when the operator typed a value; the form never renders a secret back.</remarks>
internal sealed class MethodForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The type's API name, such as <c>oauth2ClientCredentials</c>.</summary>
    public string? Type { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? TokenUrl { get; set; }

    /// <summary><c>basicAuthHeader</c> or <c>requestBody</c>.</summary>
    public string? ClientCredentialPlacement { get; set; } = "basicAuthHeader";

    public string? Scope { get; set; }

    public string? Audience { get; set; }

    /// <summary>Extra token request parameters, one <c>name=value</c> a line.</summary>
    public string? AdditionalTokenParameters { get; set; }

    public string? AuthorizationCodeReference { get; set; }

    public string? RedirectUri { get; set; }

    public List<HeaderRow> Headers { get; set; } = [];

    public bool ClientAuthenticationEnabled { get; set; }

    /// <summary>How long client data stays usable: an ISO 8601 duration or a number of seconds.</summary>
    public string? ClientDataValidity { get; set; }

    public bool IsType(string typeName) => string.Equals(Type, typeName, StringComparison.Ordinal);

    public bool IsOAuth => IsType(AuthenticationMethodTypeNames.OAuth2ClientCredentials) || IsType(AuthenticationMethodTypeNames.OAuth2AuthorizationCode);

    public bool HasHeaders => IsType(AuthenticationMethodTypeNames.CustomHeader) || IsOAuth;

    /// <summary>Drops the header rows that the operator left blank, so that row numbers match the indexes in the request body.</summary>
    public void RemoveBlankHeaders() =>
        Headers.RemoveAll(row => string.IsNullOrWhiteSpace(row.Name) && string.IsNullOrEmpty(row.Value));
}
