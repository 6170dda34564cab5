using IntegrationHub.Server.WebConsole.Events;

namespace IntegrationHub.Server.WebConsole;

/// <summary>Maps the web console at <c>/</c>: its pages, its static files and its live event stream.</summary>
internal static class WebConsoleEndpointRouteBuilderExtensions
{
    public static WebApplication MapWebConsole(this WebApplication app)
    {
        // The fallback policy requires an authenticated API caller, but the sign-in page needs its stylesheet before anyone signs in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages();
        app.MapConsoleEventStream();
        return app;
    }
}
