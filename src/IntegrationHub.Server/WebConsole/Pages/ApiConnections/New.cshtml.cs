using IntegrationHub.Connections;
using IntegrationHub.Methods;
using IntegrationHub.Server.WebConsole.Connections;
using IntegrationHub.Server.WebConsole.Forms;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole.Pages.ApiConnections;

/// <summary>Creates an API connection through <see cref="ApiConnectionService"/>, the same code path as <c>POST /v1/api-connections</c>.</summary>
internal sealed class NewModel : ConnectionFormPageModel
{
    private readonly ApiConnectionService _connections;

    public NewModel(AuthenticationMethodService methods, ApiConnectionService connections)
        : base(methods)
    {
        _connections = connections;
    }

    public override bool IsEdit => false;

    public override string FormPath => "/api-connections/new";

    public async Task OnGetAsync(CancellationToken cancellationToken = default)
    {
        if (ConnectionDraftQuery.Read(HttpContext) is { } draft)
        {
            Form = draft.Form;
        }

        await LoadMethodsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken = default)
    {
        var result = await _connections.CreateAsync(ConnectionBodyBuilder.Build(Form), cancellationToken);
        if (!result.Succeeded)
        {
            OperationErrors.Add(result, Errors, string.Empty, "API connection");
            await LoadMethodsAsync(cancellationToken);
            return Page();
        }

        StatusMessage = $"Created the API connection '{result.Value!.Name}'.";
        return RedirectToPage("Index");
    }
}
