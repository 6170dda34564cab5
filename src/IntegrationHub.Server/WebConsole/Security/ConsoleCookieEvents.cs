using IntegrationHub.ApiKeys;
using IntegrationHub.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace IntegrationHub.Server.WebConsole.Security;

/// <summary>Ends a console session on its next request once the API key it signed in with is deleted or loses the admin role.</summary>
internal sealed class ConsoleCookieEvents : CookieAuthenticationEvents
{
    private readonly ApiKeyService _apiKeys;
    private readonly ILogger<ConsoleCookieEvents> _logger;

    public ConsoleCookieEvents(ApiKeyService apiKeys, ILogger<ConsoleCookieEvents> logger)
    {
        _apiKeys = apiKeys;
        _logger = logger;
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var keyId = context.Principal?.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value;
        var keys = await _apiKeys.ListAsync(context.HttpContext.RequestAborted);
        var stillAdmin = keyId is not null && keys.Any(k => k.Role == ApiKeyRole.Admin && string.Equals(k.Id.ToString(), keyId, StringComparison.Ordinal));
        if (!stillAdmin)
        {
            ConsoleLog.SessionRevoked(_logger, keyId ?? "(none)");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ConsoleDefaults.Scheme);
        }
    }
}
