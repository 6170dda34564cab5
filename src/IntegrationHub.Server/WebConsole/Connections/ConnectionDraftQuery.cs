using Microsoft.AspNetCore.WebUtilities;

namespace IntegrationHub.Server.WebConsole.Connections;

/// <summary>
/// Carries an unsaved connection form through the query string while the operator creates an authentication method
/// on the way. A connection contains no secret, so its fields may appear in a URL.
/// </summary>
internal static class ConnectionDraftQuery
{
    public const string DraftParameter = "draft";
    public const string EnvironmentParameter = "environment";

    /// <summary>Returns <paramref name="path"/> with the form's fields and the environment that the new method is for.</summary>
    public static string ToUrl(string path, ConnectionForm form, string environment, long? version)
    {
        var query = new Dictionary<string, string?>
        {
            [DraftParameter] = "1",
            ["name"] = form.Name,
            ["description"] = form.Description,
            ["sandboxBaseUrl"] = form.Sandbox.BaseUrl,
            ["sandboxMethodId"] = form.Sandbox.AuthenticationMethodId,
            ["productionBaseUrl"] = form.Production.BaseUrl,
            ["productionMethodId"] = form.Production.AuthenticationMethodId,
            [EnvironmentParameter] = environment,
        };
        if (version is not null)
        {
            query["version"] = version.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(path, query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    /// <summary>Reads a draft back; returns <see langword="null"/> when the query contains none.</summary>
    public static (ConnectionForm Form, long? Version)? Read(IQueryCollection query)
    {
        if (query[DraftParameter] != "1")
        {
            return null;
        }

        var form = new ConnectionForm
        {
            Name = Value(query, "name"),
            Description = Value(query, "description"),
            Sandbox = new EnvironmentForm { BaseUrl = Value(query, "sandboxBaseUrl"), AuthenticationMethodId = Value(query, "sandboxMethodId") },
            Production = new EnvironmentForm { BaseUrl = Value(query, "productionBaseUrl"), AuthenticationMethodId = Value(query, "productionMethodId") },
        };

        if (Guid.TryParse(query[ReturnUrls.MethodIdParameter], out var methodId))
        {
            form.For(Value(query, EnvironmentParameter) ?? "sandbox").AuthenticationMethodId = methodId.ToString();
        }

        long? version = long.TryParse(query["version"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return (form, version);
    }

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;
}
