using System.Text.Json;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>An HTTP response that a scripted server sends exactly as given: status, content type, raw body, extra headers and an optional delay.</summary>
public sealed record ScriptedResponse(int Status, string? ContentType, string Body)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>How long the server waits before it responds, so that a client can time out.</summary>
    public TimeSpan Delay { get; init; }

    public static ScriptedResponse Json(string json, int status = 200) => new(status, "application/json", json);

    public static ScriptedResponse Text(int status, string? contentType, string body) => new(status, contentType, body);

    /// <summary>A standard RFC 6749 §5.1 token response. A <c>null</c> argument leaves its field out.</summary>
    public static ScriptedResponse Token(string accessToken, string? refreshToken = null, int? expiresIn = 3600, string? tokenType = "Bearer")
    {
        var fields = new Dictionary<string, object> { ["access_token"] = accessToken };
        if (tokenType is not null)
        {
            fields["token_type"] = tokenType;
        }

        if (expiresIn is not null)
        {
            fields["expires_in"] = expiresIn.Value;
        }

        if (refreshToken is not null)
        {
            fields["refresh_token"] = refreshToken;
        }

        return Json(JsonSerializer.Serialize(fields));
    }

    /// <summary>An RFC 6749 §5.2 error response.</summary>
    public static ScriptedResponse OAuthError(string error, int status = 400) =>
        Json(JsonSerializer.Serialize(new { error, error_description = "Rejected by the scripted token endpoint." }), status);

    /// <summary>A redirect to <paramref name="location"/>.</summary>
    public static ScriptedResponse Redirect(int status, string location) =>
        new(status, null, string.Empty) { Headers = new Dictionary<string, string> { ["Location"] = location } };
}
