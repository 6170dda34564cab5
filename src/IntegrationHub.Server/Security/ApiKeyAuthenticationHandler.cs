using System.Security.Claims;
using System.Text.Encodings.Web;
using IntegrationHub.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Server.Security;

/// <summary>Authenticates callers by an API key in <c>Authorization: Bearer &lt;key&gt;</c> (RFC 6750 §2.1).</summary>
internal sealed class ApiKeyAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    private const string BearerPrefix = "Bearer ";
    private readonly ApiKeyService _apiKeys;

    public ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService apiKeys)
        : base(options, logger, encoder)
    {
        _apiKeys = apiKeys;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || header.Length == BearerPrefix.Length)
        {
            return AuthenticateResult.Fail("The Authorization header is not a Bearer credential.");
        }

        var key = await _apiKeys.FindAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        if (key is null)
        {
            ServerLog.UnknownApiKey(Logger, Request.Path);
            return AuthenticateResult.Fail("The API key is not known.");
        }

        var role = key.Role == ApiKeyRole.Admin ? ApiKeyDefaults.AdminPolicy : ApiKeyDefaults.RuntimePolicy;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), new Claim(ApiKeyDefaults.RoleClaim, role), new Claim(ApiKeyDefaults.KeyIdClaim, key.Id.ToString())],
            ApiKeyDefaults.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"IntegrationHub\"";
        return WriteProblemAsync(StatusCodes.Status401Unauthorized, "Authentication required", "Send an API key as 'Authorization: Bearer <key>'; the key is missing or not known.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden", "This API key's role does not allow this endpoint; admin endpoints need a key with the 'admin' role.");

    private Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        var problems = Context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
