using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace IntegrationHub.Samples.Orders.Authentication;

/// <summary>
/// User id and password decoded from the token of an HTTP Basic <c>Authorization</c> header.
/// </summary>
internal sealed record BasicCredentials(string UserId, string Password)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes Base64 of UTF-8 <c>user-id:password</c> (RFC 7617 section 2) and splits it at the first colon.
    /// </summary>
    /// <remarks>Returns <c>false</c> for invalid Base64, invalid UTF-8 or a missing colon.</remarks>
    public static bool TryParse(string? token, [NotNullWhen(true)] out BasicCredentials? credentials)
    {
        credentials = null;
        if (string.IsNullOrWhiteSpace(token))
        {
            return false;
        }

        var buffer = new byte[token.Length];
        if (!Convert.TryFromBase64String(token.Trim(), buffer, out var length))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0)
        {
            return false;
        }

        credentials = new BasicCredentials(decoded[..separator], decoded[(separator + 1)..]);
        return true;
    }

    /// <summary>Prints the user id only, so the password never reaches a log.</summary>
    public override string ToString() => $"{nameof(BasicCredentials)} {{ {nameof(UserId)} = {UserId}, {nameof(Password)} = *** }}";
}
