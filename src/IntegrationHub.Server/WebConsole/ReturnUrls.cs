using Microsoft.AspNetCore.WebUtilities;

namespace IntegrationHub.Server.WebConsole;

/// <summary>
/// The return URL that lets a form send the operator to create an authentication method and come back with it selected.
/// Pages follow it only when <c>Url.IsLocalUrl</c> accepts it, so that a crafted link cannot redirect to another site.
/// </summary>
internal static class ReturnUrls
{
    /// <summary>The query parameter that carries the id of the method created on the way.</summary>
    public const string MethodIdParameter = "authenticationMethodId";

    public static string WithMethod(string returnUrl, Guid methodId) =>
        QueryHelpers.AddQueryString(returnUrl, MethodIdParameter, methodId.ToString());
}
