using IntegrationHub.Samples.Orders.Data;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IntegrationHub.Samples.Orders.Authorization;

/// <summary>
/// Creates the database schema and registers the two demo clients before the server accepts requests.
/// </summary>
internal sealed class OpenIddictClientSeeder(
    IServiceScopeFactory scopeFactory,
    IOptions<OrdersSampleOptions> options,
    ILogger<OpenIddictClientSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();

        var dbContext = scope.ServiceProvider.GetRequiredService<OrdersSampleDbContext>();
        await dbContext.Database.EnsureCreatedAsync(cancellationToken);

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(CreateMachineClient(options.Value), cancellationToken);
        Log.ClientRegistered(logger, options.Value.MachineClientId, GrantTypes.ClientCredentials);

        await applications.CreateAsync(CreateWebClient(options.Value), cancellationToken);
        Log.ClientRegistered(logger, options.Value.WebClientId, $"{GrantTypes.AuthorizationCode} {GrantTypes.RefreshToken}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor CreateMachineClient(OrdersSampleOptions options) => new()
    {
        ClientId = options.MachineClientId,
        ClientSecret = options.MachineClientSecret,
        ClientType = ClientTypes.Confidential,
        DisplayName = "Orders sample machine client",
        Permissions =
        {
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.ClientCredentials,
            Permissions.Prefixes.Scope + OrdersSampleScopes.OrdersRead,
        },
    };

    private static OpenIddictApplicationDescriptor CreateWebClient(OrdersSampleOptions options)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = options.WebClientId,
            ClientSecret = options.WebClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Orders sample web client",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Prefixes.Scope + OrdersSampleScopes.OrdersRead,
                Permissions.Prefixes.Scope + OrdersSampleScopes.OfflineAccess,
            },
        };

        foreach (var redirectUri in options.GetEffectiveWebClientRedirectUris())
        {
            descriptor.RedirectUris.Add(new Uri(redirectUri, UriKind.Absolute));
        }

        return descriptor;
    }
}
