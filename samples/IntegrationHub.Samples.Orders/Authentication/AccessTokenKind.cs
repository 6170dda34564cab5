using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IntegrationHub.Samples.Orders.Authentication;

/// <summary>
/// Tells client credentials tokens from tokens issued to a user.
/// </summary>
/// <remarks>
/// The token endpoint sets <c>sub</c> to the client id for the client credentials grant, and the
/// authorize endpoint sets it to the demo user. The options validator keeps the demo user's
/// subject different from both client ids.
/// </remarks>
internal static class AccessTokenKind
{
    public static bool IsClientToken(ClaimsPrincipal principal)
    {
        var subject = principal.GetClaim(Claims.Subject);
        return subject is not null && string.Equals(subject, GetClientId(principal), StringComparison.Ordinal);
    }

    public static bool IsUserToken(ClaimsPrincipal principal)
    {
        var subject = principal.GetClaim(Claims.Subject);
        var clientId = GetClientId(principal);
        return subject is not null && clientId is not null && !string.Equals(subject, clientId, StringComparison.Ordinal);
    }

    // RFC 9068 access tokens carry client_id, and OpenIddict also exposes it as the presenter.
    private static string? GetClientId(ClaimsPrincipal principal) =>
        principal.GetClaim(Claims.ClientId) ?? principal.GetPresenters().FirstOrDefault();
}
