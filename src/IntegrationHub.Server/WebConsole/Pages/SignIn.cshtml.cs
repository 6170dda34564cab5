using System.Security.Claims;
using IntegrationHub.ApiKeys;
using IntegrationHub.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole.Pages;

/// <summary>Signs in with an admin API key and starts a cookie session; the key itself is never stored in the cookie.</summary>
internal sealed class SignInModel : ConsolePageModel
{
    private readonly ApiKeyService _apiKeys;
    private readonly ILogger<SignInModel> _logger;

    public SignInModel(ApiKeyService apiKeys, ILogger<SignInModel> logger)
    {
        _apiKeys = apiKeys;
        _logger = logger;
    }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? ApiKey { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            Errors.Add("apiKey", "Enter an admin API key.");
            return Page();
        }

        var key = await _apiKeys.FindAsync(ApiKey.Trim(), cancellationToken);
        if (key is null)
        {
            ConsoleLog.SignInUnknownKey(_logger);
            Errors.Add("apiKey", "This API key is not known. Check that you copied the whole key, starting with 'ihk_'.");
            return Page();
        }

        if (key.Role != ApiKeyRole.Admin)
        {
            ConsoleLog.SignInRuntimeKey(_logger, key.Id);
            Errors.Add("apiKey", "This is a runtime key, which may only call conversations and streams. Sign in with a key that has the admin role.");
            return Page();
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ApiKeyDefaults.RoleClaim, ApiKeyDefaults.AdminPolicy),
                new Claim(ApiKeyDefaults.KeyIdClaim, key.Id.ToString()),
            ],
            ConsoleDefaults.Scheme);
        await HttpContext.SignInAsync(ConsoleDefaults.Scheme, new ClaimsPrincipal(identity));
        ConsoleLog.SignedIn(_logger, key.Id, key.Name);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
