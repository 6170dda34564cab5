using IntegrationHub.Methods;

namespace IntegrationHub.Authentication;

/// <summary>Builds the credentials of one authentication method type.</summary>
public interface IRequestAuthenticator
{
    AuthenticationMethodType Type { get; }

    ValueTask<AuthenticationOutcome> AuthenticateAsync(AuthenticationContext context, CancellationToken cancellationToken = default);

    /// <summary>
    /// Discards credentials that the upstream rejected with <c>401</c>; returns whether new credentials can be obtained without the end user, so one retry is worthwhile.
    /// </summary>
    ValueTask<bool> DiscardRejectedAsync(AuthenticationContext context, AuthenticationOutcome rejected, CancellationToken cancellationToken = default);
}
