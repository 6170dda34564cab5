using System.Diagnostics.CodeAnalysis;

namespace IntegrationHub.Connections;

/// <summary>Maps <see cref="ApiEnvironment"/> to and from the names used in the API.</summary>
public static class ApiEnvironmentNames
{
    public const string Sandbox = "sandbox";
    public const string Production = "production";

    public static string ToName(this ApiEnvironment environment) =>
        environment == ApiEnvironment.Sandbox ? Sandbox : Production;

    public static bool TryParse(string? name, [NotNullWhen(true)] out ApiEnvironment? environment)
    {
        environment = name switch
        {
            Sandbox => ApiEnvironment.Sandbox,
            Production => ApiEnvironment.Production,
            _ => null,
        };
        return environment is not null;
    }
}
