using System.Text.Json;
using IntegrationHub.Calls;
using IntegrationHub.Connections;
using IntegrationHub.Validation;

namespace IntegrationHub.Testing;

/// <summary>The body of a credential test: <c>environment</c>, <c>auth</c>, <c>connection</c>, <c>path</c> and <c>method</c>, all optional.</summary>
internal sealed record CredentialTestRequest(ApiEnvironment Environment, JsonElement? Auth, string? Connection, string? Path, HttpMethod Method)
{
    public static CredentialTestRequest? Read(JsonElement body, ValidationErrors errors)
    {
        if (body.ValueKind == JsonValueKind.Undefined)
        {
            return new CredentialTestRequest(ApiEnvironment.Sandbox, null, null, null, HttpMethod.Get);
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "The request body must be a JSON object.");
            return null;
        }

        var reader = new JsonFieldReader(body, string.Empty, errors);
        var environmentName = reader.String("environment") ?? ApiEnvironmentNames.Sandbox;
        if (!ApiEnvironmentNames.TryParse(environmentName, out var environment))
        {
            errors.Add("environment", $"The environment '{environmentName}' is not known; use 'sandbox' or 'production'.");
        }

        var auth = reader.Raw("auth");
        if (auth is { ValueKind: not JsonValueKind.Object })
        {
            errors.Add("auth", "The field 'auth' must be a JSON object of client data, such as {\"authorization_code\": \"…\"}.");
        }

        var connection = reader.String("connection");
        var path = reader.String("path");
        if ((connection is null) != (path is null))
        {
            errors.Add(connection is null ? "connection" : "path", "Give both 'connection' and 'path' to make a test call, or neither.");
        }
        else if (path is not null && UpstreamUrl.ValidatePath(path) is { } pathError)
        {
            errors.Add("path", pathError);
        }

        var methodName = (reader.String("method") ?? "GET").ToUpperInvariant();
        if (methodName is not ("GET" or "HEAD" or "OPTIONS"))
        {
            errors.Add("method", "A credential test call must be GET, HEAD or OPTIONS, so that it changes nothing upstream.");
        }

        reader.RejectUnknownFields();
        return errors.HasErrors ? null : new CredentialTestRequest(environment!.Value, auth?.Clone(), connection, path, HttpMethod.Parse(methodName));
    }
}
