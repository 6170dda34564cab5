using IntegrationHub.Connections;
using IntegrationHub.Methods;
using IntegrationHub.Server.Contracts;
using IntegrationHub.Server.WebConsole.Forms;
using IntegrationHub.Server.WebConsole.Methods;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole.Pages.AuthenticationMethods;

/// <summary>
/// Changes an authentication method through <see cref="AuthenticationMethodService"/>. Secret fields start empty and
/// are left out of the request body unless the operator types a new value, which keeps the stored secret.
/// </summary>
internal sealed class EditModel : MethodFormPageModel
{
    private readonly AuthenticationMethodService _methods;
    private readonly ApiConnectionService _connections;

    public EditModel(AuthenticationMethodService methods, ApiConnectionService connections)
    {
        _methods = methods;
        _connections = connections;
    }

    public override bool IsEdit => true;

    public Guid Id { get; private set; }

    /// <summary>The version that the form was loaded from; a save fails when someone saved a newer one meanwhile.</summary>
    [BindProperty]
    public long Version { get; set; }

    public IReadOnlyList<ApiConnection> UsedBy { get; private set; } = [];

    public override bool IsReadOnly => _readOnly;

    private bool _readOnly;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var method = await _methods.FindAsync(id, cancellationToken);
        if (method is null)
        {
            return NotFound();
        }

        (Form, Secrets) = MethodFormReader.Read(method);
        Version = method.Version;
        _readOnly = method.ReadOnly;
        await LoadAsync(method, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var existing = await _methods.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return NotFound();
        }

        await LoadAsync(existing, cancellationToken);
        Secrets = MethodFormReader.Read(existing).Secrets;
        _readOnly = existing.ReadOnly;
        Form.Type = existing.Type.ToName();
        Form.RemoveBlankHeaders();
        var body = MethodBodyBuilder.Build(Form, Errors, MethodSettingsWriter.Write(existing.Settings));
        if (Errors.HasErrors)
        {
            AddValidationErrors(body, existing);
            return Page();
        }

        var result = await _methods.UpdateAsync(id, body, Version, cancellationToken);
        if (!result.Succeeded)
        {
            OperationErrors.Add(result, Errors, "name", "authentication method");
            return Page();
        }

        StatusMessage = $"Saved the authentication method '{result.Value!.Name}'.";
        return RedirectToPage("Index");
    }

    private async Task LoadAsync(AuthenticationMethod method, CancellationToken cancellationToken)
    {
        Id = method.Id;
        UsedBy = [.. (await _connections.ListAsync(cancellationToken)).Where(c => c.Uses(method.Id)).OrderBy(c => c.Name, StringComparer.Ordinal)];
    }
}
