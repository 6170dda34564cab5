using IntegrationHub.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole.Pages;

/// <summary>Ends the console session and returns to the sign-in page.</summary>
internal sealed class SignOutModel : ConsolePageModel
{
    private readonly ILogger<SignOutModel> _logger;

    public SignOutModel(ILogger<SignOutModel> logger)
    {
        _logger = logger;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ConsoleLog.SignedOut(_logger, User.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value ?? "(none)");
        await HttpContext.SignOutAsync(ConsoleDefaults.Scheme);
        return LocalRedirect(ConsoleDefaults.SignInPath);
    }
}
