using IntegrationHub.Connections;
using IntegrationHub.Server.WebConsole.Forms;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole.Pages.ApiConnections;

/// <summary>Asks to confirm the deletion of an API connection.</summary>
internal sealed class DeleteModel : ConsolePageModel
{
    private readonly ApiConnectionService _connections;

    public DeleteModel(ApiConnectionService connections)
    {
        _connections = connections;
    }

    public ApiConnection Connection { get; private set; } = null!;

    [BindProperty]
    public long Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var connection = await _connections.FindAsync(id, cancellationToken);
        if (connection is null)
        {
            return NotFound();
        }

        Connection = connection;
        Version = connection.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var connection = await _connections.FindAsync(id, cancellationToken);
        if (connection is null)
        {
            StatusMessage = "The API connection was already deleted.";
            return RedirectToPage("Index");
        }

        Connection = connection;
        var result = await _connections.DeleteAsync(id, Version, cancellationToken);
        if (result.Succeeded)
        {
            StatusMessage = $"Deleted the API connection '{connection.Name}'.";
            return RedirectToPage("Index");
        }

        OperationErrors.Add(result, Errors, string.Empty, "API connection");
        Version = connection.Version;
        return Page();
    }
}
