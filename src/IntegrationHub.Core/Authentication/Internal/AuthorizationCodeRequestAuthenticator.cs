using IntegrationHub.Calls;
using IntegrationHub.Conversations;
using IntegrationHub.Internal;
using IntegrationHub.Methods;
using IntegrationHub.OAuth;
using IntegrationHub.Templates;

namespace IntegrationHub.Authentication.Internal;

/// <summary>
/// Exchanges the conversation's authorization code once (RFC 6749 §4.1.3), keeps the tokens with the conversation,
/// and refreshes the access token with the refresh token (RFC 6749 §6) before asking the end user again.
/// </summary>
/// <remarks>A lock per conversation and method makes concurrent calls on this node share one exchange or refresh.</remarks>
internal sealed class AuthorizationCodeRequestAuthenticator : IRequestAuthenticator
{
    private readonly IConversationStore _conversations;
    private readonly ITokenClient _tokenClient;
    private readonly TimeProvider _timeProvider;
    private readonly KeyedAsyncLock _lock = new();

    public AuthorizationCodeRequestAuthenticator(IConversationStore conversations, ITokenClient tokenClient, TimeProvider timeProvider)
    {
        _conversations = conversations;
        _tokenClient = tokenClient;
        _timeProvider = timeProvider;
    }

    public AuthenticationMethodType Type => AuthenticationMethodType.OAuth2AuthorizationCode;

    public async ValueTask<AuthenticationOutcome> AuthenticateAsync(AuthenticationContext context, CancellationToken cancellationToken = default)
    {
        var settings = (OAuthAuthorizationCodeSettings)context.Method.Settings;
        var data = context.ClientData!;
        var values = context.ClientValues!;

        using (await _lock.AcquireAsync(context.ConversationId + "\n" + context.Method.Id.ToString("N"), cancellationToken))
        {
            var token = await _conversations.GetTokenAsync(context.ConversationId, context.Method.Id, cancellationToken);
            if (token is not null && token.DataId != data.DataId)
            {
                token = null;
            }

            // A token obtained before the method was edited is renewed with the new settings through its refresh token:
            // the authorization code it came from is spent and is never sent again (RFC 6749 §4.1.2).
            if (token is not null && (token.ExpiresAt <= _timeProvider.GetUtcNow() || token.MethodVersion != context.Method.Version))
            {
                var refreshed = await RefreshAsync(context, settings, token, cancellationToken);
                if (!refreshed.Succeeded)
                {
                    return refreshed.Outcome!;
                }

                token = refreshed.Token;
            }

            if (token is null)
            {
                var exchanged = await ExchangeAsync(context, settings, values, data, cancellationToken);
                if (!exchanged.Succeeded)
                {
                    return exchanged.Outcome!;
                }

                token = exchanged.Token;
            }

            var accessToken = token!.AccessToken.Reveal();
            return HeaderTemplates.Resolve(settings.Headers, values.WithAccessToken(accessToken), accessToken);
        }
    }

    /// <summary>Marks a rejected access token as expired, so that the retry refreshes it; without a refresh token there is nothing to retry with.</summary>
    public async ValueTask<bool> DiscardRejectedAsync(AuthenticationContext context, AuthenticationOutcome rejected, CancellationToken cancellationToken = default)
    {
        using (await _lock.AcquireAsync(context.ConversationId + "\n" + context.Method.Id.ToString("N"), cancellationToken))
        {
            var token = await _conversations.GetTokenAsync(context.ConversationId, context.Method.Id, cancellationToken);
            if (token?.RefreshToken is null || token.DataId != context.ClientData?.DataId)
            {
                return false;
            }

            // Another call may have refreshed already; only the token that was rejected is expired.
            if (string.Equals(token.AccessToken.Reveal(), rejected.AccessToken, StringComparison.Ordinal))
            {
                await _conversations.SaveTokenAsync(context.ConversationId, context.Method.Id, token with { ExpiresAt = DateTimeOffset.MinValue }, cancellationToken);
            }

            return true;
        }
    }

    private async Task<TokenStep> ExchangeAsync(
        AuthenticationContext context,
        OAuthAuthorizationCodeSettings settings,
        ClientDataValues values,
        ConversationClientData data,
        CancellationToken cancellationToken)
    {
        var codeTemplate = Template.ParseValid(settings.AuthorizationCodeReference);
        var code = codeTemplate.Resolve(values);
        var redirect = Template.ParseValid(settings.RedirectUri).Resolve(values);
        var verifier = settings.CodeVerifierReference is null ? null : Template.ParseValid(settings.CodeVerifierReference).Resolve(values);
        var missing = code.MissingKeys.Concat(redirect.MissingKeys).Concat(verifier?.MissingKeys ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return TokenStep.Fail(AuthenticationOutcome.Required(AuthenticationRequiredReason.MissingClientData, missing));
        }

        if (!Validation.HttpSyntax.IsAbsoluteUri(redirect.Value!))
        {
            return TokenStep.Fail(AuthenticationOutcome.Failed(new CallError(
                CallErrorCodes.InvalidRedirectUri,
                "The redirect URI from the client data is not an absolute URI; send an absolute 'redirect_uri' with the authorization code.")));
        }

        var codeHash = CodeHashes.Of(code.Value!);
        var result = await _tokenClient.RequestAuthorizationCodeTokenAsync(settings, code.Value!, redirect.Value!, verifier?.Value, cancellationToken);
        if (!result.Succeeded)
        {
            // An authorization code is single-use and short-lived (RFC 6749 §4.1.2); only a new sign-in yields another.
            return result.Error!.Kind == TokenErrorKind.InvalidGrant
                ? TokenStep.Fail(AuthenticationOutcome.Required(AuthenticationRequiredReason.ClientDataExpired, [.. codeTemplate.AuthPaths.Concat(verifier is null ? [] : Template.ParseValid(settings.CodeVerifierReference!).AuthPaths)], dropClientData: true))
                : TokenStep.Fail(TokenErrorOutcomes.ForTokenRequest(result.Error));
        }

        var token = new ConversationToken(data.DataId, result.AccessToken!, result.RefreshToken, result.ExpiresAt, codeHash, context.Method.Version);
        await _conversations.SaveTokenAsync(context.ConversationId, context.Method.Id, token, cancellationToken);
        return TokenStep.Success(token);
    }

    private async Task<TokenStep> RefreshAsync(AuthenticationContext context, OAuthAuthorizationCodeSettings settings, ConversationToken token, CancellationToken cancellationToken)
    {
        var codePaths = Template.ParseValid(settings.AuthorizationCodeReference).AuthPaths
            .Concat(settings.CodeVerifierReference is null ? [] : Template.ParseValid(settings.CodeVerifierReference).AuthPaths)
            .ToList();
        if (token.RefreshToken is null)
        {
            return TokenStep.Fail(AuthenticationOutcome.Required(AuthenticationRequiredReason.ClientDataExpired, codePaths, dropClientData: true));
        }

        var result = await _tokenClient.RequestRefreshTokenAsync(settings, token.RefreshToken.Reveal(), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Error!.Kind == TokenErrorKind.InvalidGrant
                ? TokenStep.Fail(AuthenticationOutcome.Required(AuthenticationRequiredReason.RefreshFailed, codePaths, dropClientData: true))
                : TokenStep.Fail(TokenErrorOutcomes.ForTokenRequest(result.Error));
        }

        // A refresh response may omit refresh_token, and then the previous one stays valid (RFC 6749 §6).
        var renewed = token with
        {
            AccessToken = result.AccessToken!,
            RefreshToken = result.RefreshToken ?? token.RefreshToken,
            ExpiresAt = result.ExpiresAt,
            MethodVersion = context.Method.Version,
        };
        await _conversations.SaveTokenAsync(context.ConversationId, context.Method.Id, renewed, cancellationToken);
        return TokenStep.Success(renewed);
    }

    private sealed record TokenStep(ConversationToken? Token, AuthenticationOutcome? Outcome)
    {
        public bool Succeeded => Token is not null;

        public static TokenStep Success(ConversationToken token) => new(token, null);

        public static TokenStep Fail(AuthenticationOutcome outcome) => new(null, outcome);
    }
}
