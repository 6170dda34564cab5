using IntegrationHub.Server.Security;
using IntegrationHub.Server.WebConsole.Security;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.WebConsole;

/// <summary>Registers the web console: Razor Pages under <c>WebConsole/Pages</c>, its cookie scheme, its policy and antiforgery.</summary>
internal static class WebConsoleServiceCollectionExtensions
{
    /// <summary>
    /// Adds the console services. The console signs in with an admin API key and keeps the session in an encrypted,
    /// HttpOnly, <c>SameSite=Strict</c> cookie; the API's Bearer scheme stays the default, so the cookie never
    /// authenticates a <c>/v1</c> request.
    /// </summary>
    public static IServiceCollection AddWebConsole(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/WebConsole/Pages";
            options.Conventions.AuthorizeFolder("/", ConsoleDefaults.Policy);
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.ConfigureFilter(new ConsoleResponseHeadersFilter());
        });

        services.AddAuthentication()
            .AddCookie(ConsoleDefaults.Scheme, options =>
            {
                options.Cookie.Name = ConsoleDefaults.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = ConsoleDefaults.SignInPath;
                options.LogoutPath = ConsoleDefaults.SignOutPath;
                options.AccessDeniedPath = ConsoleDefaults.SignInPath;
                options.ReturnUrlParameter = ConsoleDefaults.ReturnUrlParameter;
                options.ExpireTimeSpan = ConsoleDefaults.SessionLifetime;
                options.SlidingExpiration = true;
                options.EventsType = typeof(ConsoleCookieEvents);
            });
        services.AddScoped<ConsoleCookieEvents>();

        services.AddAuthorization(options => options.AddPolicy(ConsoleDefaults.Policy, policy => policy
            .AddAuthenticationSchemes(ConsoleDefaults.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiKeyDefaults.RoleClaim, ApiKeyDefaults.AdminPolicy)));

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ConsoleDefaults.AntiforgeryCookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.SameSite = SameSiteMode.Strict);
        return services;
    }
}
