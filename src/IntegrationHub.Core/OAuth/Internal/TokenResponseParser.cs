using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Methods;
using IntegrationHub.Secrets;

namespace IntegrationHub.OAuth.Internal;

/// <summary>
/// Turns a token endpoint response into a <see cref="TokenResult"/>, tolerating the deviations of real servers:
/// JSON under any content type, form-encoded bodies, an <c>error</c> in a 200 body, lifetimes sent as strings, and mapped field names.
/// </summary>
internal static class TokenResponseParser
{
    public static TokenResult Parse(HttpStatusCode status, string? mediaType, string? location, string body, OAuthSettings settings, TokenLifetimePolicy lifetimes, string grantType)
    {
        var code = (int)status;
        if (code is >= 300 and < 400)
        {
            return Fail(TokenErrorKind.Redirected, null, $"The token endpoint {settings.TokenUrl} returned a redirect (HTTP {code}{(location is null ? string.Empty : " to " + location)}), which is not followed; configure the final token URL.");
        }

        var fields = ReadFields(mediaType, body);
        var oauthError = fields is not null ? ReadString(fields.Value, "error") : null;
        if (oauthError is not null)
        {
            oauthError = IsPrintableCode(oauthError) ? oauthError : "invalid_error_code";
            return oauthError switch
            {
                "invalid_client" => Fail(TokenErrorKind.InvalidClient, oauthError, $"The token endpoint rejected the client '{settings.ClientId}'; check the client id, client secret and client credential placement of the method."),
                "invalid_grant" => Fail(TokenErrorKind.InvalidGrant, oauthError, $"The token endpoint rejected the {grantType} grant as invalid, expired or revoked."),
                _ => Fail(TokenErrorKind.Rejected, oauthError, $"The token endpoint rejected the {grantType} request with the OAuth error '{oauthError}'."),
            };
        }

        if (code is < 200 or > 299)
        {
            return code switch
            {
                401 => Fail(TokenErrorKind.InvalidClient, "invalid_client", $"The token endpoint returned HTTP 401 to the client '{settings.ClientId}'; check the client id, client secret and client credential placement of the method."),
                >= 500 or 429 or 408 => Fail(TokenErrorKind.Unavailable, null, $"The token endpoint {settings.TokenUrl} returned HTTP {code}."),
                _ => Fail(TokenErrorKind.InvalidResponse, null, $"The token endpoint {settings.TokenUrl} returned HTTP {code} and no OAuth error code."),
            };
        }

        if (fields is null)
        {
            return Fail(TokenErrorKind.InvalidResponse, null, $"The token endpoint {settings.TokenUrl} returned a body that is neither JSON nor form-encoded.");
        }

        var mapping = settings.TokenResponseMapping;
        var accessToken = ReadString(fields.Value, mapping?.AccessToken ?? "access_token");
        if (string.IsNullOrEmpty(accessToken))
        {
            return Fail(TokenErrorKind.InvalidResponse, null, $"The token endpoint {settings.TokenUrl} returned no access token at '{mapping?.AccessToken ?? "access_token"}'.");
        }

        // RFC 6749 §5.1: the type is case-insensitive; a missing type is treated as Bearer because the header templates decide the scheme.
        var tokenType = ReadString(fields.Value, "token_type");
        if (tokenType is not null && !tokenType.Equals("bearer", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(TokenErrorKind.UnsupportedTokenType, null, $"The token endpoint issued a token of type '{(IsPrintableCode(tokenType) ? tokenType : "?")}', which IntegrationHub cannot apply; only Bearer tokens (RFC 6750) are supported.");
        }

        var refreshToken = ReadString(fields.Value, mapping?.RefreshToken ?? "refresh_token");
        var (expiresAt, lifetime) = lifetimes.Compute(settings, ReadLifetime(fields.Value, mapping));
        return TokenResult.Success(new Secret(accessToken), string.IsNullOrEmpty(refreshToken) ? null : new Secret(refreshToken), expiresAt, lifetime);
    }

    private static TokenResult Fail(TokenErrorKind kind, string? oauthError, string message) => TokenResult.Failure(new TokenError(kind, oauthError, message));

    private static JsonElement? ReadFields(string? mediaType, string body)
    {
        var isForm = string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        if (!isForm)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
            }
            catch (JsonException)
            {
                // Some servers (GitHub's, for one) send a form-encoded body unless the request accepts only JSON, so form parsing follows.
            }
        }

        if (body.Length == 0 || body.Contains('<', StringComparison.Ordinal) || !body.Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        var form = new JsonObject();
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(separator < 0 ? pair : pair[..separator]);
            form[key] = Decode(separator < 0 ? string.Empty : pair[(separator + 1)..]);
        }

        return JsonSerializer.SerializeToElement(form);
    }

    /// <summary>Decodes one application/x-www-form-urlencoded component, where '+' stands for a space.</summary>
    private static string Decode(string component) => Uri.UnescapeDataString(component.Replace('+', ' '));

    private static string? ReadString(JsonElement root, string path)
    {
        var value = Navigate(root, path);
        return value?.ValueKind switch
        {
            JsonValueKind.String => value.Value.GetString(),
            JsonValueKind.Number => value.Value.GetRawText(),
            _ => null,
        };
    }

    private static JsonElement? Navigate(JsonElement root, string path)
    {
        var current = root;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Reads the stated lifetime: an absolute expiry when mapped, else <c>expires_in</c> as a number or numeric string.</summary>
    private static StatedLifetime ReadLifetime(JsonElement root, TokenResponseMapping? mapping)
    {
        if (mapping?.ExpiresAt is { } expiresAtPath && Navigate(root, expiresAtPath) is { } expiresAt)
        {
            if (expiresAt.ValueKind == JsonValueKind.Number && expiresAt.TryGetInt64(out var unixSeconds))
            {
                return new StatedLifetime(null, DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unixSeconds, 0, 253402300799)));
            }

            if (expiresAt.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(expiresAt.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var absolute))
            {
                return new StatedLifetime(null, absolute);
            }
        }

        var text = ReadString(root, mapping?.ExpiresIn ?? "expires_in");
        if (text is null || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || double.IsNaN(amount))
        {
            return new StatedLifetime(null, null);
        }

        var seconds = (mapping?.ExpiresInUnit ?? ExpiresInUnit.Seconds) switch
        {
            ExpiresInUnit.Milliseconds => amount / 1000,
            ExpiresInUnit.Minutes => amount * 60,
            _ => amount,
        };
        return new StatedLifetime(TimeSpan.FromSeconds(Math.Clamp(seconds, -1, TimeSpan.MaxValue.TotalSeconds / 2)), null);
    }

    private static bool IsPrintableCode(string code) =>
        code.Length is > 0 and <= 100 && code.All(c => c is >= ' ' and <= '~' and not '"' and not '\\');
}
