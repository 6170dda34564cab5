using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IntegrationHub.Samples.Orders.Authorization;

/// <summary>
/// Passthrough handler of <c>/connect/authorize</c> that signs in the demo user without a login form or consent page.
/// </summary>
/// <remarks>
/// OpenIddict has already validated the client, redirect URI, response type, scopes and PKCE
/// parameters before this handler runs. Signing in makes OpenIddict return <c>302</c> to the
/// redirect URI with <c>code</c> and <c>state</c>.
/// </remarks>
internal static class AuthorizeEndpoint
{
    public const string DemoUserName = "Demo User";

    public static IResult Handle(HttpContext httpContext, IOptions<OrdersSampleOptions> options)
    {
        var request = httpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict authorization request is missing. Map the authorize endpoint only behind the OpenIddict server.");

        var identity = new ClaimsIdentity(
            authenticationType: TokenValidationParameters.DefaultAuthenticationType,
            nameType: Claims.Name,
            roleType: Claims.Role);

        identity.SetClaim(Claims.Subject, options.Value.DemoUserSubject)
            .SetClaim(Claims.Name, DemoUserName);
        identity.SetScopes(GrantedScopes.Select(request.GetScopes()));
        identity.SetDestinations(static _ => [Destinations.AccessToken]);

        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
