using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace IntegrationHub.Server.WebConsole.Connections;

/// <summary>
/// Keeps an unsaved connection form on the server while the operator creates an authentication method on the way,
/// and carries only the draft's random id in the return URL, so that long field values cannot overflow the URL.
/// </summary>
/// <remarks>NOTE: drafts live in this process's memory for one hour; after a restart the form comes back empty.</remarks>
internal static class ConnectionDraftQuery
{
    public const string DraftParameter = "draft";
    public const string EnvironmentParameter = "environment";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>Stores the form and returns <paramref name="path"/> with the draft id and the environment that the new method is for.</summary>
    public static string ToUrl(HttpContext context, string path, ConnectionForm form, string environment, long? version)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.RequestServices.GetRequiredService<IMemoryCache>().Set(CacheKey(id), new Draft(form, version), Lifetime);
        return $"{path}?{DraftParameter}={id}&{EnvironmentParameter}={Uri.EscapeDataString(environment)}";
    }

    /// <summary>Reads a draft back; returns <see langword="null"/> when the query names none or it expired.</summary>
    public static (ConnectionForm Form, long? Version)? Read(HttpContext context)
    {
        var query = context.Request.Query;
        var id = query[DraftParameter].ToString();
        if (id.Length == 0 || !context.RequestServices.GetRequiredService<IMemoryCache>().TryGetValue(CacheKey(id), out Draft? draft) || draft is null)
        {
            return null;
        }

        // A copy, so that the method id chosen on this return does not change the stored draft.
        var form = new ConnectionForm
        {
            Name = draft.Form.Name,
            Description = draft.Form.Description,
            Sandbox = new EnvironmentForm { BaseUrl = draft.Form.Sandbox.BaseUrl, AuthenticationMethodId = draft.Form.Sandbox.AuthenticationMethodId },
            Production = new EnvironmentForm { BaseUrl = draft.Form.Production.BaseUrl, AuthenticationMethodId = draft.Form.Production.AuthenticationMethodId },
        };
        if (Guid.TryParse(query[ReturnUrls.MethodIdParameter], out var methodId))
        {
            var environment = query[EnvironmentParameter].ToString();
            form.For(environment.Length == 0 ? "sandbox" : environment).AuthenticationMethodId = methodId.ToString();
        }

        return (form, draft.Version);
    }

    private static string CacheKey(string id) => "integrationhub:console-connection-draft:" + id;

    private sealed record Draft(ConnectionForm Form, long? Version);
}
