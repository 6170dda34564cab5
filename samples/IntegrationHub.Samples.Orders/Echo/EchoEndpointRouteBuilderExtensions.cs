using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Samples.Orders.Echo;

/// <summary>
/// Maps <c>/echo</c>, which returns any request without authentication so tests can see what reached the wire.
/// </summary>
internal static class EchoEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapEcho(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(OrdersSampleRoutes.Echo, EchoAsync);
        endpoints.Map(OrdersSampleRoutes.Echo + "/{**rest}", EchoAsync);
        return endpoints;
    }

    private static async Task<Ok<EchoResponse>> EchoAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);

        var response = new EchoResponse(
            request.Method,
            request.Path.Value ?? string.Empty,
            request.QueryString.Value ?? string.Empty,
            request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal),
            request.Headers.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            body.Length == 0 ? null : body);

        return TypedResults.Ok(response);
    }
}
