using System.Text.Json;
using IntegrationHub.Methods;
using IntegrationHub.Methods.Validation;
using IntegrationHub.Server.WebConsole.Methods;
using IntegrationHub.Validation;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole.Pages.AuthenticationMethods;

/// <summary>What the create and edit pages of an authentication method share: the form, the stored secrets and the return URL.</summary>
internal abstract class MethodFormPageModel : ConsolePageModel
{
    [BindProperty]
    public MethodForm Form { get; set; } = new();

    /// <summary>A local page to return to after saving, with the new method's id added, such as a connection form.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Which secrets the stored method has; the form shows that they are set and leaves their fields empty.</summary>
    public StoredSecrets Secrets { get; protected set; } = StoredSecrets.None;

    public abstract bool IsEdit { get; }

    /// <summary>Whether the method is read-only, so that the form shows it without a way to save.</summary>
    public virtual bool IsReadOnly => false;

    public string? LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    /// <summary>
    /// Adds the errors that the service would report to the errors that the console found in its own fields, so that
    /// the operator sees every problem at once. Nothing is saved while any error remains.
    /// </summary>
    protected void AddValidationErrors(JsonElement body, AuthenticationMethod? existing)
    {
        var validation = new ValidationErrors();
        AuthenticationMethodReader.Read(body, existing, validation);
        Errors.AddRange(validation.ToDictionary());
    }
}
