using System.Net;
using System.Net.Http.Headers;
using IntegrationHub.Samples.Orders.Authentication;
using OpenIddict.Abstractions;

namespace IntegrationHub.Samples.Orders.Demo;

/// <summary>
/// Records the shape of each <c>POST /connect/token</c> request into <see cref="TokenRequestLog"/>.
/// </summary>
/// <remarks>
/// Runs before the OpenIddict server so that rejected requests are recorded too. Reading the form
/// here buffers it, and OpenIddict reads the same buffered form afterwards.
/// </remarks>
internal sealed class TokenRequestRecordingMiddleware(
    RequestDelegate next,
    TokenRequestLog log,
    TimeProvider timeProvider,
    ILogger<TokenRequestRecordingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Path.Equals(OrdersSampleRoutes.Token, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var receivedAt = timeProvider.GetUtcNow();
        var form = await ReadFormAsync(context.Request);

        // Recorded when the response starts, before the client can read it, so that a client that reads the records
        // right after its token response always finds its own request there.
        context.Response.OnStarting(() =>
        {
            log.Add(CreateRecord(context, receivedAt, form));
            return Task.CompletedTask;
        });
        await next(context);
    }

    private async Task<IFormCollection> ReadFormAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return FormCollection.Empty;
        }

        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException exception)
        {
            // OpenIddict rejects the malformed body itself, so the record gets an empty list of form fields.
            Log.TokenRequestFormInvalid(logger, exception);
            return FormCollection.Empty;
        }
    }

    private static TokenRequestRecord CreateRecord(HttpContext context, DateTimeOffset receivedAt, IFormCollection form)
    {
        var hasAuthorizationHeader = context.Request.Headers.Authorization.Count > 0;
        var authorization = AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header) ? header : null;

        var hasBasicHeader = string.Equals(authorization?.Scheme, "Basic", StringComparison.OrdinalIgnoreCase);
        var hasSecretField = form.ContainsKey(OpenIddictConstants.Parameters.ClientSecret);

        var clientAuthentication = (hasBasicHeader, hasSecretField) switch
        {
            (true, true) => TokenRequestClientAuthentication.Multiple,
            (true, false) => TokenRequestClientAuthentication.ClientSecretBasic,
            (false, true) => TokenRequestClientAuthentication.ClientSecretPost,
            (false, false) => TokenRequestClientAuthentication.None,
        };

        return new TokenRequestRecord(
            receivedAt,
            GetField(form, OpenIddictConstants.Parameters.GrantType),
            GetField(form, OpenIddictConstants.Parameters.ClientId) ?? GetBasicClientId(hasBasicHeader ? authorization : null),
            clientAuthentication,
            hasAuthorizationHeader,
            authorization?.Scheme,
            [.. form.Keys.Order(StringComparer.Ordinal)],
            GetField(form, OpenIddictConstants.Parameters.Scope),
            context.Response.StatusCode);
    }

    private static string? GetField(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) ? value.ToString() : null;

    // RFC 6749 section 2.3.1 form-urlencodes the client id inside the Basic header.
    private static string? GetBasicClientId(AuthenticationHeaderValue? authorization) =>
        authorization is not null && BasicCredentials.TryParse(authorization.Parameter, out var credentials)
            ? WebUtility.UrlDecode(credentials.UserId)
            : null;
}
