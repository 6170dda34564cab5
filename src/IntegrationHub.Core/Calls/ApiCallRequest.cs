using System.Text.Json;
using IntegrationHub.Connections;

namespace IntegrationHub.Calls;

/// <summary>A validated request to call an upstream API through a connection.</summary>
/// <param name="Connection">The connection's id or name.</param>
/// <param name="Path">The path relative to the environment's base URL, checked not to leave it.</param>
public sealed record ApiCallRequest(
    string ConversationId,
    string Connection,
    ApiEnvironment Environment,
    HttpMethod Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    JsonElement? Body);
