using IntegrationHub.Common;
using IntegrationHub.Connections;
using IntegrationHub.Methods;
using IntegrationHub.Server.WebConsole.Forms;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole.Pages.AuthenticationMethods;

/// <summary>Asks to confirm the deletion of a method. The service rejects it while a connection uses the method, and names those connections.</summary>
internal sealed class DeleteModel : ConsolePageModel
{
    private readonly AuthenticationMethodService _methods;
    private readonly ApiConnectionService _connections;

    public DeleteModel(AuthenticationMethodService methods, ApiConnectionService connections)
    {
        _methods = methods;
        _connections = connections;
    }

    public AuthenticationMethod Method { get; private set; } = null!;

    /// <summary>The connections that used the method when the page was loaded.</summary>
    public IReadOnlyList<ApiConnection> UsedBy { get; private set; } = [];

    /// <summary>The names of the connections for which the service rejected the deletion.</summary>
    public IReadOnlyList<string> BlockedBy { get; private set; } = [];

    [BindProperty]
    public long Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Method.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            StatusMessage = "The authentication method was already deleted.";
            return RedirectToPage("Index");
        }

        var result = await _methods.DeleteAsync(id, Version, cancellationToken);
        if (result.Succeeded)
        {
            StatusMessage = $"Deleted the authentication method '{Method.Name}'.";
            return RedirectToPage("Index");
        }

        if (result.Status == OperationStatus.Conflict)
        {
            BlockedBy = result.ReferencedBy;
        }

        OperationErrors.Add(result, Errors, string.Empty, "authentication method");
        Version = Method.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var method = await _methods.FindAsync(id, cancellationToken);
        if (method is null)
        {
            return false;
        }

        Method = method;
        UsedBy = [.. (await _connections.ListAsync(cancellationToken)).Where(c => c.Uses(id)).OrderBy(c => c.Name, StringComparer.Ordinal)];
        return true;
    }
}
