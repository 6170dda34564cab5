using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationHub.Methods;

namespace IntegrationHub.Storage.Methods.Settings;

/// <summary>Converts the OAuth-specific parts of settings that need no secret protection to their stored form and back.</summary>
internal static class OAuthSettingsConverter
{
    public static StoredTokenResponseMapping? ToStored(TokenResponseMapping? mapping) => mapping is null
        ? null
        : new StoredTokenResponseMapping
        {
            AccessToken = mapping.AccessToken,
            RefreshToken = mapping.RefreshToken,
            ExpiresIn = mapping.ExpiresIn,
            ExpiresInUnit = mapping.ExpiresInUnit,
            ExpiresAt = mapping.ExpiresAt,
        };

    public static TokenResponseMapping? FromStored(StoredTokenResponseMapping? stored) => stored is null
        ? null
        : new TokenResponseMapping(stored.AccessToken, stored.RefreshToken, stored.ExpiresIn, stored.ExpiresInUnit, stored.ExpiresAt);

    public static StoredUnauthorizedSignals ToStored(UnauthorizedSignals signals) => new()
    {
        StatusCodes = [.. signals.StatusCodes],
        BodyConditions = [.. signals.BodyConditions.Select(c => new StoredBodyCondition { Path = c.Path, EqualTo = c.EqualTo, Pattern = c.Pattern?.ToString() })],
    };

    /// <summary>Restores the signals; patterns are compiled with the same match timeout as when they were validated.</summary>
    public static UnauthorizedSignals FromStored(StoredUnauthorizedSignals? stored) => stored is null
        ? UnauthorizedSignals.Default
        : new UnauthorizedSignals(
            [.. stored.StatusCodes],
            [.. stored.BodyConditions.Select(c => new UnauthorizedBodyCondition(
                c.Path,
                c.EqualTo,
                c.Pattern is null ? null : new Regex(c.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))))]);

    public static Uri? ToUri(string? text) =>
        text is null ? null : new Uri(text, UriKind.Absolute);

    /// <exception cref="JsonException">A stored URL is not absolute.</exception>
    public static Uri RequiredUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw new JsonException($"The stored URL '{text}' is not absolute.");
}
