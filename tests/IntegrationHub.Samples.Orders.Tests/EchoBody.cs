namespace IntegrationHub.Samples.Orders.Tests;

/// <summary>
/// The JSON body of <c>/echo</c>, as a client reads it.
/// </summary>
public sealed record EchoBody(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string[]> Query,
    IReadOnlyDictionary<string, string[]> Headers,
    string? Body);
