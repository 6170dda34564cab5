using IntegrationHub.Samples.Orders.Authentication;
using IntegrationHub.Samples.Orders.Authorization;
using IntegrationHub.Samples.Orders.Demo;
using IntegrationHub.Samples.Orders.Echo;
using IntegrationHub.Samples.Orders.Orders;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Samples.Orders;

/// <summary>
/// Builds the orders sample for both <c>Program</c> and <see cref="OrdersSampleServer"/>.
/// </summary>
internal static class OrdersSampleApplication
{
    /// <summary>Address that <c>dotnet run</c> listens on when no URL is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5100";

    /// <summary>
    /// Registers the services on <paramref name="builder"/>, builds the app and maps its middleware and routes.
    /// </summary>
    /// <exception cref="OptionsValidationException">One or more values in <paramref name="options"/> are invalid. The exception lists all of them.</exception>
    public static WebApplication Build(WebApplicationBuilder builder, OrdersSampleOptions options)
    {
        var validation = new OrdersSampleOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(OrdersSampleOptions), validation.Failures);
        }

        var services = builder.Services;
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(options.TimeProvider ?? TimeProvider.System);

        // Without an explicit folder, Data Protection would write its key ring under the home folder.
        services.AddDataProtection()
            .SetApplicationName("IntegrationHub.Samples.Orders")
            .PersistKeysToFileSystem(new DirectoryInfo(options.DataProtectionKeysPath ?? DefaultDataProtectionKeysPath));

        services.AddProblemDetails();
        services.AddOrdersAuthorizationServer(options);
        services.AddOrdersAuthentication();
        services.AddSingleton<TokenRequestLog>();
        services.AddScoped<TokenRevoker>();

        var app = builder.Build();

        app.UseMiddleware<TokenRequestRecordingMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapAuthorizationServer();
        app.MapOrders();
        app.MapEcho();
        app.MapDemo();

        return app;
    }

    private static string DefaultDataProtectionKeysPath =>
        Path.Combine(Path.GetTempPath(), "IntegrationHub.Samples.Orders", "data-protection-keys");
}
