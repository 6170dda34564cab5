using System.Text.Json;
using IntegrationHub.Methods.Validation;
using IntegrationHub.Validation;

namespace IntegrationHub.Connections;

/// <summary>Reads and validates the JSON body of a connection create or update request.</summary>
public static class ApiConnectionReader
{
    /// <summary>Reads a body; <paramref name="methodExists"/> checks each referenced method id.</summary>
    public static ApiConnectionDraft? Read(JsonElement body, Func<Guid, bool> methodExists, ValidationErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "The request body must be a JSON object.");
            return null;
        }

        var reader = new JsonFieldReader(body, string.Empty, errors);
        reader.Ignore("id", "createdAt", "updatedAt");
        var name = reader.String("name", required: true);
        if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Length > AuthenticationMethodReader.MaxNameLength || name.Any(char.IsControl) || HttpSyntax.HasBidiControl(name)))
        {
            errors.Add("name", $"The name must be 1 to {AuthenticationMethodReader.MaxNameLength} characters long, without control characters.");
            name = null;
        }

        // A name that is a UUID would be taken for a connection id when calls name the connection.
        if (name is not null && Guid.TryParse(name, out _))
        {
            errors.Add("name", "The name must not be a UUID, because calls accept a connection id or name in the same field.");
            name = null;
        }

        var description = AuthenticationMethodReader.ReadDescription(reader);

        ConnectionEnvironment? sandbox = null;
        ConnectionEnvironment? production = null;
        var environments = reader.Object("environments", required: true);
        if (environments is not null)
        {
            sandbox = ReadEnvironment(environments, ApiEnvironmentNames.Sandbox, methodExists);
            production = ReadEnvironment(environments, ApiEnvironmentNames.Production, methodExists);
            environments.RejectUnknownFields();
            if (!environments.Has(ApiEnvironmentNames.Sandbox) && !environments.Has(ApiEnvironmentNames.Production))
            {
                errors.Add("environments", "Configure at least one of 'sandbox' and 'production'.");
            }
        }

        reader.RejectUnknownFields();
        return errors.HasErrors || name is null ? null : new ApiConnectionDraft(name.Trim(), description, sandbox, production);
    }

    private static ConnectionEnvironment? ReadEnvironment(JsonFieldReader environments, string name, Func<Guid, bool> methodExists)
    {
        var item = environments.Object(name);
        if (item is null)
        {
            return null;
        }

        Uri? baseUrl = null;
        var urlText = item.String("baseUrl", required: true);
        if (urlText is not null)
        {
            if (!HttpSyntax.IsHttpUrl(urlText, out baseUrl) || baseUrl!.Query.Length > 0)
            {
                item.Errors.Add(item.PathOf("baseUrl"), "The base URL must be an absolute http or https URL of at most 2048 characters, without query, user info, fragment, spaces or dot segments, such as 'https://api.example.com/v1'.");
                baseUrl = null;
            }
        }

        Guid? methodId = null;
        var idText = item.String("authenticationMethodId", required: true);
        if (idText is not null)
        {
            if (!Guid.TryParse(idText, out var id))
            {
                item.Errors.Add(item.PathOf("authenticationMethodId"), "The authentication method id must be a UUID.");
            }
            else if (!methodExists(id))
            {
                item.Errors.Add(item.PathOf("authenticationMethodId"), $"No authentication method has the id '{id}'; create it first or pick an existing one.");
            }
            else
            {
                methodId = id;
            }
        }

        item.RejectUnknownFields();
        return baseUrl is null || methodId is null ? null : new ConnectionEnvironment(baseUrl, methodId.Value);
    }
}
