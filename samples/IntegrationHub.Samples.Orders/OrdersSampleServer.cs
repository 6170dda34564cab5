using System.Net;
using IntegrationHub.Samples.Orders.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IntegrationHub.Samples.Orders;

/// <summary>
/// The orders sample hosted in-process on Kestrel at <c>http://127.0.0.1:{random port}</c>, for tests.
/// </summary>
/// <remarks>
/// Every instance has its own in-memory database and token request records. All instances in a
/// process share one pair of RSA signing and encryption keys, generated at first use.
/// </remarks>
public sealed class OrdersSampleServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _authorizeClient;
    private readonly TokenRequestLog _tokenRequestLog;

    private OrdersSampleServer(WebApplication app, Uri baseAddress, OrdersSampleOptions options)
    {
        _app = app;
        _tokenRequestLog = app.Services.GetRequiredService<TokenRequestLog>();
        _authorizeClient = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        BaseAddress = baseAddress;
        Options = options;
    }

    /// <summary>Base address with a trailing slash, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The options the server started with.</summary>
    public OrdersSampleOptions Options { get; }

    /// <summary>Absolute URI of <c>/connect/token</c>.</summary>
    public Uri TokenEndpoint => new(BaseAddress, OrdersSampleRoutes.Token);

    /// <summary>Absolute URI of <c>/connect/authorize</c>.</summary>
    public Uri AuthorizeEndpoint => new(BaseAddress, OrdersSampleRoutes.Authorize);

    /// <summary>Absolute URI of <c>/connect/revoke</c>.</summary>
    public Uri RevocationEndpoint => new(BaseAddress, OrdersSampleRoutes.Revocation);

    /// <summary>Token endpoint requests received since the start or the last <see cref="ClearTokenRequests"/>, oldest first.</summary>
    public IReadOnlyList<TokenRequestRecord> TokenRequests => _tokenRequestLog.GetSnapshot();

    /// <summary>
    /// Starts the sample on a free loopback port and returns once it accepts requests.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">One or more values in <paramref name="options"/> are invalid.</exception>
    public static async Task<OrdersSampleServer> StartAsync(OrdersSampleOptions options, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(OrdersSampleServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });

        // An explicit endpoint overrides ASPNETCORE_URLS and any urls setting, and port 0 picks a free port.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("OpenIddict", LogLevel.Warning);

        var app = OrdersSampleApplication.Build(builder, options);
        try
        {
            await app.StartAsync(cancellationToken);

            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new OrdersSampleServer(app, new Uri(address.TrimEnd('/') + "/"), options);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Deletes the recorded token endpoint requests.</summary>
    public void ClearTokenRequests() => _tokenRequestLog.Clear();

    /// <summary>
    /// Revokes every authorization code, access token and refresh token whose subject is
    /// <paramref name="subjectOrClientId"/> or that was issued to the client with that id.
    /// </summary>
    /// <returns>The number of tokens that changed to revoked.</returns>
    public async Task<long> RevokeAsync(string subjectOrClientId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectOrClientId);

        await using var scope = _app.Services.CreateAsyncScope();
        var revoker = scope.ServiceProvider.GetRequiredService<TokenRevoker>();

        var revokedBySubject = await revoker.RevokeBySubjectAsync(subjectOrClientId, cancellationToken);
        var revokedByClient = await revoker.RevokeByClientIdAsync(subjectOrClientId, cancellationToken) ?? 0;
        return revokedBySubject + revokedByClient;
    }

    /// <summary>
    /// Requests <c>/connect/authorize</c> for the authorization code client without following the
    /// redirect, and returns the <c>code</c> from the <c>302</c> response's <c>Location</c> header.
    /// </summary>
    /// <param name="redirectUri">A redirect URI registered in <see cref="OrdersSampleOptions.WebClientRedirectUris"/>.</param>
    /// <param name="codeChallenge">An RFC 7636 <c>S256</c> code challenge, or <c>null</c> to send none.</param>
    /// <param name="scope">Space-separated scopes to request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="InvalidOperationException">The authorize endpoint did not redirect with a code.</exception>
    public async Task<string> GetAuthorizationCodeAsync(
        string redirectUri,
        string? codeChallenge = null,
        string scope = $"{OrdersSampleScopes.OrdersRead} {OrdersSampleScopes.OfflineAccess}",
        CancellationToken cancellationToken = default)
    {
        var state = Guid.NewGuid().ToString("N");
        var parameters = new Dictionary<string, string?>
        {
            [Parameters.ResponseType] = ResponseTypes.Code,
            [Parameters.ClientId] = Options.WebClientId,
            [Parameters.RedirectUri] = redirectUri,
            [Parameters.Scope] = scope,
            [Parameters.State] = state,
        };

        if (codeChallenge is not null)
        {
            parameters[Parameters.CodeChallenge] = codeChallenge;
            parameters[Parameters.CodeChallengeMethod] = CodeChallengeMethods.Sha256;
        }

        using var response = await _authorizeClient.GetAsync(QueryHelpers.AddQueryString(AuthorizeEndpoint.AbsoluteUri, parameters), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Found || response.Headers.Location is not { IsAbsoluteUri: true } location)
        {
            throw new InvalidOperationException($"The authorize endpoint returned {(int)response.StatusCode} instead of 302 with an absolute Location header. Check that the redirect URI is in {nameof(OrdersSampleOptions.WebClientRedirectUris)}.");
        }

        var redirectParameters = QueryHelpers.ParseQuery(location.Query);
        if (redirectParameters.TryGetValue(Parameters.Error, out var error))
        {
            throw new InvalidOperationException($"The authorize endpoint redirected with error '{error}': {redirectParameters[Parameters.ErrorDescription]}");
        }

        if (!string.Equals(redirectParameters[Parameters.State], state, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The authorize endpoint redirected with a state that differs from the one sent.");
        }

        return redirectParameters.TryGetValue(Parameters.Code, out var code) && !string.IsNullOrEmpty(code)
            ? code.ToString()
            : throw new InvalidOperationException("The authorize endpoint redirected without a code.");
    }

    public async ValueTask DisposeAsync()
    {
        _authorizeClient.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
