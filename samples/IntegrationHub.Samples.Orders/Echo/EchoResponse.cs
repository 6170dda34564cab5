using System.Text.Json.Serialization;

namespace IntegrationHub.Samples.Orders.Echo;

/// <summary>
/// JSON body of <c>/echo</c>: the request as it reached the server.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, including any segments after <c>/echo</c>.</param>
/// <param name="QueryString">The raw query string with its leading <c>?</c>, or empty.</param>
/// <param name="Query">The decoded query parameters.</param>
/// <param name="Headers">Every request header with all of its values, as Kestrel received them.</param>
/// <param name="Body">The request body decoded as UTF-8, or omitted when the body is empty.</param>
internal sealed record EchoResponse(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string?[]> Query,
    IReadOnlyDictionary<string, string?[]> Headers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Body);
