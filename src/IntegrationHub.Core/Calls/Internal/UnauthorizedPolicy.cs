using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationHub.Methods;

namespace IntegrationHub.Calls.Internal;

/// <summary>Decides whether an upstream response means the credentials are no longer valid, and whether a call may be retried after it.</summary>
internal static class UnauthorizedPolicy
{
    private static readonly HashSet<string> IdempotentMethods = new(StringComparer.Ordinal) { "GET", "HEAD", "OPTIONS", "PUT", "DELETE" };

    public static bool IsUnauthorized(AuthenticationMethod method, UpstreamResponse? response)
    {
        if (response is null)
        {
            return false;
        }

        var signals = (method.Settings as OAuthSettings)?.UnauthorizedSignals ?? UnauthorizedSignals.Default;
        if (signals.StatusCodes.Contains(response.Status))
        {
            return true;
        }

        return response.JsonBody is { } body && signals.BodyConditions.Any(condition => Matches(condition, body));
    }

    public static bool MayRetry(AuthenticationMethod method, HttpMethod httpMethod) =>
        ((method.Settings as OAuthSettings)?.RetryOnUnauthorized ?? RetryOnUnauthorized.Always) switch
        {
            RetryOnUnauthorized.Never => false,
            RetryOnUnauthorized.IdempotentOnly => IdempotentMethods.Contains(httpMethod.Method),
            _ => true,
        };

    private static bool Matches(UnauthorizedBodyCondition condition, JsonElement body)
    {
        var current = body;
        foreach (var segment in condition.Path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return false;
            }
        }

        var text = current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => current.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            return false;
        }

        try
        {
            return condition.Pattern?.IsMatch(text) ?? string.Equals(text, condition.EqualTo, StringComparison.Ordinal);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
