using IntegrationHub.Samples.Orders.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Samples.Orders.Authorization;

/// <summary>
/// Registers the OpenIddict authorization server, its EF Core store and the token validation for the orders routes.
/// </summary>
internal static class AuthorizationServerServiceCollectionExtensions
{
    public static IServiceCollection AddOrdersAuthorizationServer(this IServiceCollection services, OrdersSampleOptions options)
    {
        var timeProvider = options.TimeProvider ?? TimeProvider.System;

        services.AddSingleton<InMemorySqliteDatabase>();
        services.AddDbContext<OrdersSampleDbContext>((serviceProvider, dbContext) =>
        {
            dbContext.UseSqlite(serviceProvider.GetRequiredService<InMemorySqliteDatabase>().ConnectionString);
            dbContext.UseOpenIddict();
        });

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<OrdersSampleDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(OrdersSampleRoutes.Token.TrimStart('/'))
                    .SetAuthorizationEndpointUris(OrdersSampleRoutes.Authorize.TrimStart('/'))
                    .SetRevocationEndpointUris(OrdersSampleRoutes.Revocation.TrimStart('/'));

                // PKCE stays optional: a client may send code_challenge (S256), but none is required.
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .AllowRefreshTokenFlow();

                server.RegisterScopes(OrdersSampleScopes.OrdersRead, OrdersSampleScopes.OfflineAccess);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(options.RefreshTokenLifetime);

                // Keys live only as long as the process, which suits a demo and a test fixture.
                server.AddEncryptionKey(ProcessLifetimeKeys.EncryptionKey)
                    .AddSigningKey(ProcessLifetimeKeys.SigningKey)
                    .DisableAccessTokenEncryption();

                server.Configure(serverOptions => serverOptions.TimeProvider = timeProvider);

                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();

                // Looks up each access token in the store, so revoked tokens get 401.
                validation.EnableTokenEntryValidation();
                validation.Configure(validationOptions => validationOptions.TimeProvider = timeProvider);
                validation.UseAspNetCore();
            });

        services.AddHostedService<OpenIddictClientSeeder>();

        return services;
    }
}
