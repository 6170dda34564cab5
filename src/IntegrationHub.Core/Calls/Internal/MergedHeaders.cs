namespace IntegrationHub.Calls.Internal;

/// <summary>The headers of an upstream request, with <c>Content-Type</c> apart because it belongs to the content.</summary>
internal sealed record MergedHeaders(IReadOnlyList<KeyValuePair<string, string>> Headers, string? ContentType, CallError? Error);
