using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.DependencyInjection;
using IntegrationHub.Server.Endpoints;
using IntegrationHub.Server.Security;
using IntegrationHub.Server.WebConsole;
using IntegrationHub.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace IntegrationHub.Server;

/// <summary>Builds and configures the IntegrationHub web application.</summary>
internal static class ServerApplication
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var section = builder.Configuration.GetSection(ServerOptions.SectionName);
        builder.Services.AddOptions<ServerOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>();

        builder.Services.AddIntegrationHubCore(section);

        // Resolved when the options are first read, so that configuration added after this point (such as by tests) applies.
        builder.Services.AddIntegrationHubStorage(_ => { });
        builder.Services.AddOptions<IntegrationHubStorageOptions>()
            .Configure<IOptions<ServerOptions>, IHostEnvironment>((storage, server, environment) =>
                storage.DataDirectory = ResolveDataDirectory(server.Value.DataDirectory, environment.ContentRootPath));

        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetSection(ServerOptions.SectionName).GetValue<long?>(nameof(ServerOptions.MaxRequestBodyBytes)) ?? new ServerOptions().MaxRequestBodyBytes);

        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Problems that the framework writes (routing, content negotiation) carry no detail of their own.
            context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
            {
                StatusCodes.Status404NotFound => $"No endpoint matches {context.HttpContext.Request.Method} {context.HttpContext.Request.Path}; ids in paths are UUIDs. See /docs for the API.",
                StatusCodes.Status405MethodNotAllowed => $"The endpoint does not accept {context.HttpContext.Request.Method}. See /docs for the API.",
                StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON; send 'Content-Type: application/json'.",
                _ => null,
            };
        });
        builder.Services.AddExceptionHandler<Http.SecretDecryptionExceptionHandler>();
        builder.Services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ApiKeyDefaults.AdminPolicy, policy => policy.RequireClaim(ApiKeyDefaults.RoleClaim, ApiKeyDefaults.AdminPolicy))
            .AddPolicy(ApiKeyDefaults.RuntimePolicy, policy => policy.RequireClaim(ApiKeyDefaults.RoleClaim, ApiKeyDefaults.AdminPolicy, ApiKeyDefaults.RuntimePolicy));
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<Http.ApiKeySecuritySchemeTransformer>());
        builder.Services.AddWebConsole();
        builder.Services.AddHostedService<StartupInitializer>();

        var app = builder.Build();
        Configure(app);
        return app;
    }

    internal static string ResolveDataDirectory(string? configured, string contentRoot) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured, contentRoot);

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "healthy" })).AllowAnonymous().WithTags("Health");
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/docs", options => options.WithTitle("IntegrationHub API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts()).AllowAnonymous();

        app.MapApiKeyEndpoints();
        app.MapAuthenticationMethodEndpoints();
        app.MapApiConnectionEndpoints();
        app.MapConversationEndpoints();
        app.MapStreamEndpoints();
        app.MapWebConsole();
    }
}
