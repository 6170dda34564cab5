using IntegrationHub.Common;
using IntegrationHub.Connections;
using IntegrationHub.Methods;
using IntegrationHub.Server.WebConsole.Connections;
using IntegrationHub.Server.WebConsole.Forms;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole.Pages.ApiConnections;

/// <summary>Changes an API connection through <see cref="ApiConnectionService"/>.</summary>
internal sealed class EditModel : ConnectionFormPageModel
{
    private readonly ApiConnectionService _connections;

    public EditModel(AuthenticationMethodService methods, ApiConnectionService connections)
        : base(methods)
    {
        _connections = connections;
    }

    public override bool IsEdit => true;

    public override string FormPath => $"/api-connections/{Id}";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The version that the form was loaded from; a save fails when someone saved a newer one meanwhile.</summary>
    [BindProperty]
    public long Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _connections.FindAsync(Id, cancellationToken);
        if (connection is null)
        {
            return NotFound();
        }

        Version = connection.Version;
        Form = new ConnectionForm
        {
            Name = connection.Name,
            Description = connection.Description,
            Sandbox = ToForm(connection.Sandbox),
            Production = ToForm(connection.Production),
        };

        if (ConnectionDraftQuery.Read(HttpContext) is { } draft)
        {
            Form = draft.Form;
            Version = draft.Version ?? Version;
        }

        await LoadMethodsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken = default)
    {
        var result = await _connections.UpdateAsync(Id, ConnectionBodyBuilder.Build(Form), Version, cancellationToken);
        if (!result.Succeeded)
        {
            if (result.Status == OperationStatus.NotFound)
            {
                return NotFound();
            }

            OperationErrors.Add(result, Errors, string.Empty, "API connection");
            await LoadMethodsAsync(cancellationToken);
            return Page();
        }

        StatusMessage = $"Saved the API connection '{result.Value!.Name}'.";
        return RedirectToPage("Index");
    }

    private static EnvironmentForm ToForm(ConnectionEnvironment? environment) => new()
    {
        BaseUrl = environment?.BaseUrl.AbsoluteUri,
        AuthenticationMethodId = environment?.AuthenticationMethodId.ToString(),
    };
}
