using System.Net;
using IntegrationHub.ApiKeys;
using IntegrationHub.Authentication;
using IntegrationHub.Authentication.Internal;
using IntegrationHub.Calls;
using IntegrationHub.Calls.Internal;
using IntegrationHub.Connections;
using IntegrationHub.Conversations;
using IntegrationHub.Events;
using IntegrationHub.Events.Internal;
using IntegrationHub.Methods;
using IntegrationHub.OAuth;
using IntegrationHub.OAuth.Internal;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.DependencyInjection;

/// <summary>Registers IntegrationHub's domain services; the host adds the stores.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the services, binds options from <paramref name="configuration"/> (the <c>IntegrationHub</c> section) and validates them at startup.</summary>
    public static IServiceCollection AddIntegrationHubCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        AddOptions<OAuthOptions, OAuthOptionsValidator>(services, configuration.GetSection("OAuth"));
        AddOptions<CallOptions, CallOptionsValidator>(services, configuration.GetSection("Calls"));
        AddOptions<EventStreamOptions, EventStreamOptionsValidator>(services, configuration.GetSection("Events"));

        services.AddHybridCache();
        services.AddSingleton<IHybridCacheSerializer<CachedAccessToken>, CachedAccessTokenSerializer>();
        services.AddHttpClient(TokenEndpointClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(CreateHandler);
        services.AddHttpClient(UpstreamSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(CreateHandler);

        services.AddSingleton<TokenLifetimePolicy>();
        services.AddSingleton<TokenEndpointCooldown>();
        services.AddSingleton<ITokenClient, TokenEndpointClient>();
        services.AddSingleton<IClientCredentialsTokenCache, HybridClientCredentialsTokenCache>();
        services.AddSingleton<IRequestAuthenticator, BasicRequestAuthenticator>();
        services.AddSingleton<IRequestAuthenticator, CustomHeaderRequestAuthenticator>();
        services.AddSingleton<IRequestAuthenticator, ClientCredentialsRequestAuthenticator>();
        services.AddSingleton<IRequestAuthenticator, AuthorizationCodeRequestAuthenticator>();
        services.AddSingleton<UpstreamSender>();

        services.AddSingleton<EventStreamBroker>();
        services.AddSingleton<IEventStreamBroker>(sp => sp.GetRequiredService<EventStreamBroker>());
        services.AddSingleton<IEventPublisher>(sp => sp.GetRequiredService<EventStreamBroker>());

        services.AddSingleton<AuthenticationMethodService>();
        services.AddSingleton<ApiConnectionService>();
        services.AddSingleton<TokenRevoker>();
        services.AddSingleton(sp => new ConversationService(
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<TokenRevoker>(),
            sp.GetRequiredService<IEventPublisher>(),
            sp.GetRequiredService<IEventStreamBroker>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ConversationService>>()));
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton(sp => new Testing.CredentialTestService(
            sp.GetRequiredService<IAuthenticationMethodStore>(),
            sp.GetRequiredService<ApiConnectionService>(),
            sp.GetRequiredService<ITokenClient>(),
            sp.GetRequiredService<UpstreamSender>()));
        services.AddSingleton(sp => new ApiCallService(
            sp.GetRequiredService<ApiConnectionService>(),
            sp.GetRequiredService<IAuthenticationMethodStore>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetServices<IRequestAuthenticator>(),
            sp.GetRequiredService<UpstreamSender>(),
            sp.GetRequiredService<IEventPublisher>(),
            sp.GetRequiredService<TokenRevoker>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ApiCallService>>()));
        return services;
    }

    private static void AddOptions<TOptions, TValidator>(IServiceCollection services, IConfiguration section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }

    // Redirects are returned to the caller, never followed, and cookies from one conversation must not reach another.
    private static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
