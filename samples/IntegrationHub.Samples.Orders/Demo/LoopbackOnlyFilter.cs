using System.Net;

namespace IntegrationHub.Samples.Orders.Demo;

/// <summary>
/// Rejects requests to the demo control endpoints that do not come from the loopback interface.
/// </summary>
internal sealed class LoopbackOnlyFilter(ILogger<LoopbackOnlyFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var remoteAddress = context.HttpContext.Connection.RemoteIpAddress;

        // A null address means an in-memory test server, which no remote caller can reach.
        if (remoteAddress is not null && !IPAddress.IsLoopback(remoteAddress.IsIPv4MappedToIPv6 ? remoteAddress.MapToIPv4() : remoteAddress))
        {
            Log.DemoRequestRejected(logger, context.HttpContext.Request.Path, remoteAddress);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Demo endpoints accept loopback requests only.",
                detail: "Call the /demo endpoints from the machine that runs the orders sample.");
        }

        return await next(context);
    }
}
