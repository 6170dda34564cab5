using IntegrationHub.Methods;
using IntegrationHub.Server.WebConsole.Connections;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole.Pages.ApiConnections;

/// <summary>What the create and edit pages of an API connection share: the form, the methods to choose from and the way to create one.</summary>
internal abstract class ConnectionFormPageModel : ConsolePageModel
{
    private readonly AuthenticationMethodService _methods;

    protected ConnectionFormPageModel(AuthenticationMethodService methods)
    {
        _methods = methods;
    }

    [BindProperty]
    public ConnectionForm Form { get; set; } = new();

    public IReadOnlyList<AuthenticationMethod> Methods { get; private set; } = [];

    public abstract bool IsEdit { get; }

    /// <summary>The path of this form, which the "create a new authentication method" buttons post to and return to.</summary>
    public abstract string FormPath { get; }

    /// <summary>Sends the operator to create an authentication method, carrying the unsaved form along to come back to.</summary>
    public IActionResult OnPostCreateMethod(string? environment, long? version = null)
    {
        var target = environment == "production" ? "production" : "sandbox";
        var returnUrl = ConnectionDraftQuery.ToUrl(HttpContext, FormPath, Form, target, version);
        return LocalRedirect("/authentication-methods/new?" + ConsoleDefaults.ReturnUrlParameter + "=" + Uri.EscapeDataString(returnUrl));
    }

    protected async Task LoadMethodsAsync(CancellationToken cancellationToken) =>
        Methods = [.. (await _methods.ListAsync(cancellationToken)).OrderBy(m => m.Name, StringComparer.Ordinal)];
}
