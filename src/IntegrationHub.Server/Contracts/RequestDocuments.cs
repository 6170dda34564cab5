using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Server.Contracts;

// These records describe request bodies in the OpenAPI document. Handlers read bodies as JSON elements,
// so that validation can report every invalid field by its JSON path.

/// <summary>The body of a create or update request for an authentication method.</summary>
/// <param name="Type"><c>basic</c>, <c>customHeader</c>, <c>oauth2ClientCredentials</c> or <c>oauth2AuthorizationCode</c>; it cannot change on update.</param>
/// <param name="Settings">The type's settings; secrets omitted on update keep their stored values.</param>
public sealed record AuthenticationMethodRequest(string Name, string? Description, string Type, JsonObject Settings);

/// <summary>The body of a create or update request for an API connection.</summary>
public sealed record ApiConnectionRequest(string Name, string? Description, ApiConnectionEnvironments Environments);

/// <summary>The body of <c>POST /v1/api-keys</c>.</summary>
/// <param name="Role"><c>admin</c> or <c>runtime</c>.</param>
public sealed record ApiKeyRequest(string Name, string Role);

/// <summary>The body of <c>POST /v1/conversations/{conversationId}/authenticate</c>.</summary>
/// <param name="Auth">The client authentication data: any keys, at least one; templates read it as <c>{Auth.&lt;path&gt;}</c>.</param>
public sealed record AuthenticateRequest(string CustomerExternalId, JsonObject Auth, string? StreamId);

/// <summary>The body of <c>POST /v1/conversations/{conversationId}/calls</c>.</summary>
/// <param name="Connection">The connection's id or name.</param>
/// <param name="Environment"><c>sandbox</c> or <c>production</c>.</param>
/// <param name="Path">Appended to the environment's base URL; it must start with '/' and cannot leave the base URL.</param>
public sealed record CallRequest(
    string Connection,
    string Environment,
    string Method,
    string Path,
    Dictionary<string, JsonElement>? Query,
    Dictionary<string, string>? Headers,
    JsonElement? Body);

/// <summary>The body of <c>POST /v1/authentication-methods/{id}/test</c>; every field is optional.</summary>
/// <param name="Auth">Client data for the test, such as the authorization code of the code flow.</param>
/// <param name="Connection">With <paramref name="Path"/>: a connection whose base URL receives one test call made with this method.</param>
/// <param name="Method">GET (default), HEAD or OPTIONS.</param>
public sealed record CredentialTestRequestDocument(string? Environment, JsonObject? Auth, string? Connection, string? Path, string? Method);

/// <summary>The response of a call: <c>outcome</c> is <c>completed</c>, <c>authenticationRequired</c> or <c>failed</c>, and the matching fields are set.</summary>
public sealed record CallEnvelopeDocument(
    string Outcome,
    CallResponseDocument? Response,
    string? Reason,
    IReadOnlyList<string>? MissingKeys,
    CallErrorDocument? Error);

/// <summary>The upstream response of a completed call; <c>body</c> is JSON when the upstream sent JSON, else text.</summary>
public sealed record CallResponseDocument(int Status, Dictionary<string, string> Headers, JsonElement? Body);

/// <summary>Why a call failed; <c>oauthError</c> is the token endpoint's OAuth error code, when there was one.</summary>
public sealed record CallErrorDocument(string Code, string Message, string? OAuthError);

/// <summary>The body of <c>POST /v1/streams</c>.</summary>
/// <param name="StreamId">An existing stream to reconnect to; omit it to create a stream.</param>
public sealed record StreamRequest(string? StreamId);

/// <summary>The response of <c>POST /v1/streams</c>.</summary>
/// <param name="StreamingUrl">A single-use URL that serves the stream's server-sent events; it expires after 30 seconds.</param>
public sealed record StreamResponse(string StreamId, string StreamingUrl, IReadOnlyList<string> MessageTypes);

/// <summary>A list of items.</summary>
public sealed record ItemsResponse<T>(IReadOnlyList<T> Items);
