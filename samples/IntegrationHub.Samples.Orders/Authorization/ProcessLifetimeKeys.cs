using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Samples.Orders.Authorization;

/// <summary>
/// RSA signing and encryption keys generated once per process and never stored.
/// </summary>
/// <remarks>
/// OpenIddict's <c>AddEphemeralSigningKey</c> and <c>AddEphemeralEncryptionKey</c> generate new keys
/// for every host, and generating two 2048-bit RSA keys took 1.7 to 4.8 seconds per host on a
/// 2-core test machine. Sharing the keys lets a test process start many servers cheaply. A token
/// of one server still fails at another, because the issuer and the token store differ.
/// </remarks>
internal static class ProcessLifetimeKeys
{
    private static readonly Lazy<RsaSecurityKey> LazySigningKey = new(CreateKey);
    private static readonly Lazy<RsaSecurityKey> LazyEncryptionKey = new(CreateKey);

    public static SecurityKey SigningKey => LazySigningKey.Value;

    public static SecurityKey EncryptionKey => LazyEncryptionKey.Value;

    private static RsaSecurityKey CreateKey() => new(RSA.Create(keySizeInBits: 2048))
    {
        KeyId = Guid.NewGuid().ToString("N"),
    };
}
