using IntegrationHub.Methods;
using IntegrationHub.OAuth;
using IntegrationHub.Templates;

namespace IntegrationHub.Authentication.Internal;

/// <summary>Applies a client credentials token (RFC 6749 §4.4) from the shared token cache through the method's header templates.</summary>
internal sealed class ClientCredentialsRequestAuthenticator : IRequestAuthenticator
{
    private readonly IClientCredentialsTokenCache _cache;

    public ClientCredentialsRequestAuthenticator(IClientCredentialsTokenCache cache) => _cache = cache;

    public AuthenticationMethodType Type => AuthenticationMethodType.OAuth2ClientCredentials;

    public async ValueTask<AuthenticationOutcome> AuthenticateAsync(AuthenticationContext context, CancellationToken cancellationToken = default)
    {
        var settings = (OAuthClientCredentialsSettings)context.Method.Settings;
        var token = await _cache.GetTokenAsync(context.Method, context.Environment, cancellationToken);
        if (!token.Succeeded)
        {
            return TokenErrorOutcomes.ForTokenRequest(token.Error!);
        }

        var accessToken = token.AccessToken!.Reveal();
        ITemplateValues values = context.ClientValues is { } client ? client.WithAccessToken(accessToken) : new StaticTemplateValues(accessToken);
        return HeaderTemplates.Resolve(settings.Headers, values, accessToken);
    }

    public async ValueTask<bool> DiscardRejectedAsync(AuthenticationContext context, AuthenticationOutcome rejected, CancellationToken cancellationToken = default)
    {
        if (rejected.AccessToken is null)
        {
            return false;
        }

        await _cache.InvalidateAsync(context.Method, context.Environment, rejected.AccessToken, cancellationToken);
        return true;
    }
}
