using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IntegrationHub.Samples.Orders.Authentication;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> request header against the demo API key.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<OrdersSampleOptions> sampleOptions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    /// <summary>Name of the authenticated caller on <c>GET /api-key/orders</c>.</summary>
    public const string CallerName = "api-key";

    private const string Challenge = $"ApiKey header=\"{OrdersSampleHeaders.ApiKey}\"";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var values = Request.Headers[OrdersSampleHeaders.ApiKey];
        if (values.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (values.Count > 1)
        {
            return Task.FromResult(AuthenticateResult.Fail($"The {OrdersSampleHeaders.ApiKey} header must appear once, but appears {values.Count} times."));
        }

        if (!FixedTimeComparer.AreEqual(values[0] ?? string.Empty, sampleOptions.Value.ApiKey))
        {
            return Task.FromResult(AuthenticateResult.Fail($"The {OrdersSampleHeaders.ApiKey} header value is wrong."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, CallerName)], Scheme.Name);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, Challenge);
        return Task.CompletedTask;
    }
}
