using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IntegrationHub.Samples.Orders.Authentication;

/// <summary>
/// Authenticates HTTP Basic credentials (RFC 7617) against the demo user name and password.
/// </summary>
internal sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<OrdersSampleOptions> sampleOptions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    private const string Challenge = "Basic realm=\"orders-sample\", charset=\"UTF-8\"";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!BasicCredentials.TryParse(header.Parameter, out var credentials))
        {
            return Task.FromResult(AuthenticateResult.Fail("The Basic credentials are not Base64 of UTF-8 'user-id:password'."));
        }

        var options = sampleOptions.Value;

        // Both comparisons run every time, so timing does not reveal which part was wrong.
        var userIdMatches = FixedTimeComparer.AreEqual(credentials.UserId, options.BasicUserName);
        var passwordMatches = FixedTimeComparer.AreEqual(credentials.Password, options.BasicPassword);
        if (!userIdMatches || !passwordMatches)
        {
            return Task.FromResult(AuthenticateResult.Fail("The Basic user name or password is wrong."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, credentials.UserId)], Scheme.Name);
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
