using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace IntegrationHub.Samples.Orders.Authentication;

/// <summary>
/// Registers the Basic and API key schemes and one authorization policy for each orders route.
/// </summary>
/// <remarks>
/// A bearer token of the wrong kind (a client credentials token on <c>/user/orders</c>, or a user
/// token on <c>/client/orders</c>) or without <c>orders.read</c> is valid but not allowed, so it gets 403.
/// </remarks>
internal static class OrdersAuthenticationServiceCollectionExtensions
{
    public static IServiceCollection AddOrdersAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(OrdersAuthenticationSchemes.Basic, configureOptions: null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(OrdersAuthenticationSchemes.ApiKey, configureOptions: null);

        services.AddAuthorizationBuilder()
            .AddPolicy(OrdersPolicies.Basic, policy => policy
                .AddAuthenticationSchemes(OrdersAuthenticationSchemes.Basic)
                .RequireAuthenticatedUser())
            .AddPolicy(OrdersPolicies.ApiKey, policy => policy
                .AddAuthenticationSchemes(OrdersAuthenticationSchemes.ApiKey)
                .RequireAuthenticatedUser())
            .AddPolicy(OrdersPolicies.Client, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.HasScope(OrdersSampleScopes.OrdersRead) && AccessTokenKind.IsClientToken(context.User)))
            .AddPolicy(OrdersPolicies.User, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.HasScope(OrdersSampleScopes.OrdersRead) && AccessTokenKind.IsUserToken(context.User)));

        return services;
    }
}
