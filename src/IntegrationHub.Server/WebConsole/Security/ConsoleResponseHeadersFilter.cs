using Microsoft.AspNetCore.Mvc.Filters;

namespace IntegrationHub.Server.WebConsole.Security;

/// <summary>
/// Sets the response headers of every console page: a content security policy that allows only the console's own
/// scripts and styles, no framing, no caching of pages that show configuration, and no referrer.
/// </summary>
internal sealed class ConsoleResponseHeadersFilter : IPageFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
