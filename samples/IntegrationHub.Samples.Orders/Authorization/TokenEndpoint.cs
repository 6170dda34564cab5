using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IntegrationHub.Samples.Orders.Authorization;

/// <summary>
/// Passthrough handler of <c>/connect/token</c> that builds the identity for each grant type.
/// </summary>
/// <remarks>
/// OpenIddict has already authenticated the client and validated the grant (code, refresh token,
/// PKCE verifier, revocation status) before this handler runs, and rejects other grant types.
/// </remarks>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext httpContext, IOpenIddictApplicationManager applications)
    {
        var request = httpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict token request is missing. Map the token endpoint only behind the OpenIddict server.");

        if (request.IsClientCredentialsGrantType())
        {
            return await SignInClientAsync(request, applications, httpContext.RequestAborted);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            return await SignInUserAsync(httpContext);
        }

        throw new InvalidOperationException($"The grant type '{request.GrantType}' is not enabled, so OpenIddict should have rejected it.");
    }

    private static async Task<IResult> SignInClientAsync(
        OpenIddictRequest request,
        IOpenIddictApplicationManager applications,
        CancellationToken cancellationToken)
    {
        var clientId = request.ClientId
            ?? throw new InvalidOperationException("OpenIddict authenticated a client credentials request without a client id.");
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException($"OpenIddict authenticated the client '{clientId}', but it is not in the store.");

        var identity = CreateIdentity();

        // The client acts for itself, so its id is the subject (RFC 9068 section 2.2).
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, cancellationToken));
        identity.SetScopes(GrantedScopes.Select(request.GetScopes()));
        identity.SetDestinations(static _ => [Destinations.AccessToken]);

        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> SignInUserAsync(HttpContext httpContext)
    {
        // The principal comes from the authorization code or refresh token and keeps the demo user's claims and scopes.
        var result = await httpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var principal = result.Principal
            ?? throw new InvalidOperationException("OpenIddict accepted the grant but returned no principal.");

        var identity = new ClaimsIdentity(
            principal.Claims,
            authenticationType: TokenValidationParameters.DefaultAuthenticationType,
            nameType: Claims.Name,
            roleType: Claims.Role);
        identity.SetDestinations(static _ => [Destinations.AccessToken]);

        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static ClaimsIdentity CreateIdentity() => new(
        authenticationType: TokenValidationParameters.DefaultAuthenticationType,
        nameType: Claims.Name,
        roleType: Claims.Role);
}
