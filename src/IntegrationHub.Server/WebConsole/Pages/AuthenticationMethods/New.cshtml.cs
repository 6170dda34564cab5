using IntegrationHub.Methods;
using IntegrationHub.Server.WebConsole.Forms;
using IntegrationHub.Server.WebConsole.Methods;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole.Pages.AuthenticationMethods;

/// <summary>Creates an authentication method through <see cref="AuthenticationMethodService"/>, the same code path as <c>POST /v1/authentication-methods</c>.</summary>
internal sealed class NewModel : MethodFormPageModel
{
    private readonly AuthenticationMethodService _methods;

    public NewModel(AuthenticationMethodService methods)
    {
        _methods = methods;
    }

    public override bool IsEdit => false;

    public void OnGet(string? type)
    {
        if (AuthenticationMethodTypeNames.TryParse(type, out _))
        {
            Form.Type = type;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken = default)
    {
        Form.RemoveBlankHeaders();
        var body = MethodBodyBuilder.Build(Form, Errors);
        if (Errors.HasErrors)
        {
            AddValidationErrors(body, existing: null);
            return Page();
        }

        var result = await _methods.CreateAsync(body, cancellationToken);
        if (!result.Succeeded)
        {
            OperationErrors.Add(result, Errors, "name", "authentication method");
            return Page();
        }

        var method = result.Value!;
        StatusMessage = $"Created the authentication method '{method.Name}'.";
        return LocalReturnUrl is { } returnUrl
            ? LocalRedirect(ReturnUrls.WithMethod(returnUrl, method.Id))
            : RedirectToPage("Index");
    }
}
