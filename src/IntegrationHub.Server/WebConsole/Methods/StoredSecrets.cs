using System.Text.Json.Nodes;

namespace IntegrationHub.Server.WebConsole.Methods;

/// <summary>Which secrets a stored method has, read from the API representation, which carries flags and never the values.</summary>
internal sealed record StoredSecrets(bool PasswordSet, bool ClientSecretSet, IReadOnlySet<string> SecretHeaderNames)
{
    public static StoredSecrets None { get; } = new(false, false, new HashSet<string>());

    public static StoredSecrets From(JsonObject settings)
    {
        var headers = (settings["headers"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(h => h["valueSet"]?.GetValue<bool>() == true)
            .Select(h => h["name"]!.GetValue<string>());
        return new(
            settings["passwordSet"]?.GetValue<bool>() == true,
            settings["clientSecretSet"]?.GetValue<bool>() == true,
            new HashSet<string>(headers, StringComparer.OrdinalIgnoreCase));
    }

    public bool HasSecretHeader(string? name) => name is not null && SecretHeaderNames.Contains(name);
}
