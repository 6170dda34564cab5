using System.Text.Json;

namespace IntegrationHub.IntegrationTests.TokenHandling;

/// <summary>Reads the fields of a call envelope that the token handling tests check.</summary>
internal static class EnvelopeExtensions
{
    public static string? ErrorCode(this JsonElement envelope) => envelope.GetProperty("error").GetProperty("code").GetString();

    public static string? ErrorMessage(this JsonElement envelope) => envelope.GetProperty("error").GetProperty("message").GetString();

    public static string? OAuthError(this JsonElement envelope) =>
        envelope.GetProperty("error").TryGetProperty("oauthError", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;

    public static string? Reason(this JsonElement envelope) => envelope.GetProperty("reason").GetString();

    /// <summary>Returns the <c>Authorization</c> header that <see cref="ScriptedUpstream"/> echoed in its body.</summary>
    public static string? EchoedAuthorization(this JsonElement envelope) =>
        envelope.GetProperty("response").GetProperty("body").GetProperty("authorization").GetString();
}
