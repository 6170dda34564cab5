using System.Text.Json;
using IntegrationHub.Authentication;
using IntegrationHub.Authentication.Internal;
using IntegrationHub.Calls;
using IntegrationHub.Calls.Internal;
using IntegrationHub.Common;
using IntegrationHub.Connections;
using IntegrationHub.Methods;
using IntegrationHub.OAuth;
using IntegrationHub.Templates;
using IntegrationHub.Validation;

namespace IntegrationHub.Testing;

/// <summary>
/// Checks a method the way an operator tests a credential: a fresh token request for OAuth methods, never from the cache,
/// and with a connection and path one real call. Nothing is stored, and no token or secret is returned.
/// </summary>
public sealed class CredentialTestService
{
    private readonly IAuthenticationMethodStore _methods;
    private readonly ApiConnectionService _connections;
    private readonly ITokenClient _tokenClient;
    private readonly UpstreamSender _sender;

    internal CredentialTestService(IAuthenticationMethodStore methods, ApiConnectionService connections, ITokenClient tokenClient, UpstreamSender sender)
    {
        _methods = methods;
        _connections = connections;
        _tokenClient = tokenClient;
        _sender = sender;
    }

    public async Task<OperationResult<CredentialTestResult>> TestAsync(Guid methodId, JsonElement body, CancellationToken cancellationToken = default)
    {
        var method = await _methods.FindAsync(methodId, cancellationToken);
        if (method is null)
        {
            return OperationResult<CredentialTestResult>.Failure(OperationStatus.NotFound, $"No authentication method has the id '{methodId}'.");
        }

        var errors = new ValidationErrors();
        var request = CredentialTestRequest.Read(body, errors);
        Uri? url = null;
        if (request?.Connection is not null)
        {
            url = await ResolveUrlAsync(request, errors, cancellationToken);
        }

        if (request is null || errors.HasErrors)
        {
            return OperationResult<CredentialTestResult>.Invalid(errors);
        }

        var values = new ClientDataValues(request.Auth ?? JsonDocument.Parse("{}").RootElement.Clone());
        var credentials = await AuthenticateAsync(method, values, cancellationToken);

        // The test keeps no token, so a refresh token it obtained is revoked where the method names a revocation endpoint.
        if (credentials.RefreshToken is not null && method.Settings is OAuthSettings { RevocationUrl: not null } oauth)
        {
            var refreshToken = credentials.RefreshToken.Reveal();
            _ = Task.Run(() => _tokenClient.RevokeRefreshTokenAsync(oauth, refreshToken, CancellationToken.None), CancellationToken.None);
        }

        if (credentials.Outcome.Error is not null || credentials.Outcome.Reason is not null)
        {
            var error = credentials.Outcome.Error ?? new CallError(
                "missingClientData",
                $"The test needs client data for these keys in 'auth': {string.Join(", ", credentials.Outcome.MissingKeys)}.");
            return OperationResult<CredentialTestResult>.Success(new CredentialTestResult(false, credentials.Lifetime, credentials.RefreshTokenIssued, null, error));
        }

        if (url is null)
        {
            return OperationResult<CredentialTestResult>.Success(new CredentialTestResult(true, credentials.Lifetime, credentials.RefreshTokenIssued, null, null));
        }

        var call = new ApiCallRequest("credential-test", request.Connection!, request.Environment, request.Method, request.Path!, [], [], null);
        var sent = await _sender.SendAsync(call, url, credentials.Outcome, null, cancellationToken);
        var status = sent.Response?.Status;
        var succeeded = sent.Error is null && status is >= 200 and < 400;
        return OperationResult<CredentialTestResult>.Success(new CredentialTestResult(succeeded, credentials.Lifetime, credentials.RefreshTokenIssued, status, sent.Error));
    }

    private async Task<Uri?> ResolveUrlAsync(CredentialTestRequest request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var connection = await _connections.FindByReferenceAsync(request.Connection!, cancellationToken);
        var environment = connection?.GetEnvironment(request.Environment);
        if (connection is null)
        {
            errors.Add("connection", $"No API connection has the id or name '{request.Connection}'.");
            return null;
        }

        if (environment is null)
        {
            errors.Add("environment", $"The connection '{connection.Name}' has no {request.Environment.ToName()} environment.");
            return null;
        }

        var url = UpstreamUrl.Build(environment.BaseUrl, request.Path!, []);
        if (url is null)
        {
            errors.Add("path", "The path would leave the environment's base URL.");
        }

        return url;
    }

    private async Task<TestCredentials> AuthenticateAsync(AuthenticationMethod method, ClientDataValues values, CancellationToken cancellationToken)
    {
        switch (method.Settings)
        {
            case BasicSettings or CustomHeaderSettings:
                var authenticator = method.Type == AuthenticationMethodType.Basic ? (IRequestAuthenticator)new BasicRequestAuthenticator() : new CustomHeaderRequestAuthenticator();
                var context = new AuthenticationContext("credential-test", method, ApiEnvironment.Sandbox, null, values);
                return new TestCredentials(await authenticator.AuthenticateAsync(context, cancellationToken), null, null);

            case OAuthAuthorizationCodeSettings code:
                var resolved = ResolveAll(values, code.AuthorizationCodeReference, code.RedirectUri, code.CodeVerifierReference);
                if (resolved.Missing.Count > 0)
                {
                    return new TestCredentials(AuthenticationOutcome.Required(AuthenticationRequiredReason.MissingClientData, resolved.Missing), null, null);
                }

                return ToCredentials(code, await _tokenClient.RequestAuthorizationCodeTokenAsync(code, resolved.Values[0]!, resolved.Values[1]!, resolved.Values[2], cancellationToken), values);

            case OAuthSettings clientCredentials:
                return ToCredentials(clientCredentials, await _tokenClient.RequestClientCredentialsTokenAsync(clientCredentials, cancellationToken), values);

            default:
                throw new InvalidOperationException($"No credential test for {method.Type}.");
        }
    }

    private static TestCredentials ToCredentials(OAuthSettings settings, TokenResult token, ClientDataValues values)
    {
        if (!token.Succeeded)
        {
            return new TestCredentials(TokenErrorOutcomes.ForTokenRequest(token.Error!), null, null);
        }

        var accessToken = token.AccessToken!.Reveal();
        return new TestCredentials(HeaderTemplates.Resolve(settings.Headers, values.WithAccessToken(accessToken), accessToken), token.Lifetime, token.RefreshToken is not null, token.RefreshToken);
    }

    private static (List<string?> Values, List<string> Missing) ResolveAll(ClientDataValues values, params string?[] templates)
    {
        var resolved = new List<string?>();
        var missing = new List<string>();
        foreach (var text in templates)
        {
            var resolution = text is null ? null : Template.ParseValid(text).Resolve(values);
            resolved.Add(resolution?.Value);
            missing.AddRange(resolution?.MissingKeys ?? []);
        }

        return (resolved, missing);
    }

    private sealed record TestCredentials(AuthenticationOutcome Outcome, TimeSpan? Lifetime, bool? RefreshTokenIssued, Secrets.Secret? RefreshToken = null);
}
