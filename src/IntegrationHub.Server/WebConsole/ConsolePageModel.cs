using IntegrationHub.Server.WebConsole.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Server.WebConsole;

/// <summary>The base of the console's pages: the errors of the submitted form and a status message carried across a redirect.</summary>
internal abstract class ConsolePageModel : PageModel
{
    public FormErrors Errors { get; } = new();

    /// <summary>A message for the next page after a redirect, such as "Saved …"; kept in the TempData cookie.</summary>
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Puts the errors into the view data, which partial views copy, so that fields in partials show their errors too.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) =>
        ViewData[FormErrors.ViewDataKey] = Errors;
}
