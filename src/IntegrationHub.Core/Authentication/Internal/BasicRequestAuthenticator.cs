using System.Text;
using IntegrationHub.Methods;

namespace IntegrationHub.Authentication.Internal;

/// <summary>Sets <c>Authorization: Basic</c> over the UTF-8 bytes of <c>username:password</c> (RFC 7617 §2.1).</summary>
internal sealed class BasicRequestAuthenticator : IRequestAuthenticator
{
    public AuthenticationMethodType Type => AuthenticationMethodType.Basic;

    public ValueTask<AuthenticationOutcome> AuthenticateAsync(AuthenticationContext context, CancellationToken cancellationToken = default)
    {
        var settings = (BasicSettings)context.Method.Settings;
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.Username + ":" + settings.Password.Reveal()));
        return ValueTask.FromResult(AuthenticationOutcome.Applied([new("Authorization", "Basic " + credentials)]));
    }

    public ValueTask<bool> DiscardRejectedAsync(AuthenticationContext context, AuthenticationOutcome rejected, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(false);
}
