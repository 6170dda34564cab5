using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Connections;

namespace IntegrationHub.Server.WebConsole.Connections;

/// <summary>
/// Builds the JSON body that <see cref="ApiConnectionService"/> validates. An environment whose base URL and method are
/// both empty is left out. An environment with only one of them is sent, so that the service reports the missing field.
/// </summary>
internal static class ConnectionBodyBuilder
{
    public static JsonElement Build(ConnectionForm form)
    {
        var environments = new JsonObject();
        AddEnvironment(environments, ApiEnvironmentNames.Sandbox, form.Sandbox);
        AddEnvironment(environments, ApiEnvironmentNames.Production, form.Production);

        var body = new JsonObject();
        if (!string.IsNullOrEmpty(form.Name))
        {
            body["name"] = form.Name;
        }

        if (!string.IsNullOrEmpty(form.Description))
        {
            body["description"] = form.Description;
        }

        body["environments"] = environments;
        return JsonSerializer.SerializeToElement(body);
    }

    private static void AddEnvironment(JsonObject environments, string name, EnvironmentForm environment)
    {
        if (environment.IsEmpty)
        {
            return;
        }

        var json = new JsonObject();
        if (!string.IsNullOrWhiteSpace(environment.BaseUrl))
        {
            json["baseUrl"] = environment.BaseUrl.Trim();
        }

        if (!string.IsNullOrWhiteSpace(environment.AuthenticationMethodId))
        {
            json["authenticationMethodId"] = environment.AuthenticationMethodId;
        }

        environments[name] = json;
    }
}
