using OpenIddict.Abstractions;

namespace IntegrationHub.Samples.Orders.Demo;

/// <summary>
/// Revokes every authorization code, access token and refresh token of a subject or a client.
/// </summary>
/// <remarks>
/// Revoked access tokens get 401 because token validation checks each token's entry in the store,
/// and revoked refresh tokens get <c>invalid_grant</c> from the token endpoint.
/// </remarks>
internal sealed class TokenRevoker(
    IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    ILogger<TokenRevoker> logger)
{
    /// <summary>Revokes the tokens whose <c>sub</c> is <paramref name="subject"/> and returns how many were revoked.</summary>
    public async Task<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        var revokedTokens = await tokens.RevokeBySubjectAsync(subject, cancellationToken);
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);

        Log.TokensRevokedBySubject(logger, revokedTokens, subject);
        return revokedTokens;
    }

    /// <summary>
    /// Revokes the tokens issued to the client <paramref name="clientId"/> and returns how many were
    /// revoked, or <c>null</c> when no such client exists.
    /// </summary>
    public async Task<long?> RevokeByClientIdAsync(string clientId, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var applicationId = await applications.GetIdAsync(application, cancellationToken)
            ?? throw new InvalidOperationException($"The client '{clientId}' has no id in the store.");

        var revokedTokens = await tokens.RevokeByApplicationIdAsync(applicationId, cancellationToken);
        await authorizations.RevokeByApplicationIdAsync(applicationId, cancellationToken);

        Log.TokensRevokedByClient(logger, revokedTokens, clientId);
        return revokedTokens;
    }
}
