using IntegrationHub.Methods;
using IntegrationHub.Templates;

namespace IntegrationHub.Authentication.Internal;

/// <summary>Sets each configured header, with placeholders filled in from the conversation's client data.</summary>
internal sealed class CustomHeaderRequestAuthenticator : IRequestAuthenticator
{
    public AuthenticationMethodType Type => AuthenticationMethodType.CustomHeader;

    public ValueTask<AuthenticationOutcome> AuthenticateAsync(AuthenticationContext context, CancellationToken cancellationToken = default)
    {
        var settings = (CustomHeaderSettings)context.Method.Settings;
        ITemplateValues values = context.ClientValues ?? (ITemplateValues)new StaticTemplateValues(null);
        return ValueTask.FromResult(HeaderTemplates.Resolve(settings.Headers, values));
    }

    public ValueTask<bool> DiscardRejectedAsync(AuthenticationContext context, AuthenticationOutcome rejected, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(false);
}
