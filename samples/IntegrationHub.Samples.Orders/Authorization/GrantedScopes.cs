using System.Collections.Immutable;

namespace IntegrationHub.Samples.Orders.Authorization;

/// <summary>
/// Chooses the scopes to grant for a token or authorization request.
/// </summary>
internal static class GrantedScopes
{
    /// <summary>
    /// Returns the requested scopes, or <c>orders.read</c> when the request omits <c>scope</c>
    /// (RFC 6749 section 3.3 allows a pre-defined default).
    /// </summary>
    /// <remarks>OpenIddict has already rejected scopes that are unregistered or not permitted for the client.</remarks>
    public static ImmutableArray<string> Select(ImmutableArray<string> requestedScopes) =>
        requestedScopes.IsDefaultOrEmpty ? [OrdersSampleScopes.OrdersRead] : requestedScopes;
}
