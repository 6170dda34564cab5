using System.Text.Json.Nodes;
using IntegrationHub.Methods;
using IntegrationHub.Server.Contracts;

namespace IntegrationHub.Server.WebConsole.Methods;

/// <summary>
/// Fills the method form from a stored method. It reads the same representation that the API returns
/// (<see cref="MethodSettingsWriter"/>), so a secret never reaches the form: secret fields stay empty.
/// </summary>
internal static class MethodFormReader
{
    public static (MethodForm Form, StoredSecrets Secrets) Read(AuthenticationMethod method)
    {
        var settings = MethodSettingsWriter.Write(method.Settings);
        var form = new MethodForm
        {
            Name = method.Name,
            Description = method.Description,
            Type = method.Type.ToName(),
            Username = Text(settings, "username"),
            ClientId = Text(settings, "clientId"),
            TokenUrl = Text(settings, "tokenUrl"),
            ClientCredentialPlacement = Text(settings, "clientCredentialPlacement") ?? "basicAuthHeader",
            Scope = Text(settings, "scope"),
            Audience = Text(settings, "audience"),
            AdditionalTokenParameters = TokenParameterLines.Format(settings["additionalTokenParameters"] as JsonObject),
            AuthorizationCodeReference = Text(settings, "authorizationCodeReference"),
            RedirectUri = Text(settings, "redirectUri"),
            Headers = [.. (settings["headers"] as JsonArray ?? []).OfType<JsonObject>().Select(ReadHeader)],
        };

        if (settings["clientAuthentication"] is JsonObject clientAuthentication)
        {
            form.ClientAuthenticationEnabled = clientAuthentication["enabled"]?.GetValue<bool>() == true;
            form.ClientDataValidity = Text(clientAuthentication, "validity");
        }

        return (form, StoredSecrets.From(settings));
    }

    private static HeaderRow ReadHeader(JsonObject header) => new()
    {
        Name = Text(header, "name"),
        Value = Text(header, "value"),
        Secret = header["secret"]?.GetValue<bool>() == true,
    };

    private static string? Text(JsonObject json, string name) => json[name]?.GetValue<string>();
}
