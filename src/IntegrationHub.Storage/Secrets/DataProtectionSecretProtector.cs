using System.Security.Cryptography;
using IntegrationHub.Secrets;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Storage.Secrets;

/// <summary>Encrypts secrets at rest with ASP.NET Core Data Protection.</summary>
/// <remarks>The key ring lives in <c>{DataDirectory}/keys</c>, outside the database.</remarks>
internal sealed class DataProtectionSecretProtector : ISecretProtector
{
    /// <summary>The Data Protection purpose. Changing it makes every stored secret unreadable.</summary>
    public const string Purpose = "IntegrationHub.Secrets.v1";

    private readonly IDataProtector _protector;
    private readonly string _keysDirectory;
    private readonly ILogger<DataProtectionSecretProtector> _logger;

    public DataProtectionSecretProtector(
        IDataProtectionProvider dataProtectionProvider,
        IOptions<IntegrationHubStorageOptions> options,
        ILogger<DataProtectionSecretProtector> logger)
    {
        _protector = dataProtectionProvider.CreateProtector(Purpose);
        _keysDirectory = options.Value.KeysDirectory;
        _logger = logger;
    }

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText)
    {
        try
        {
            return _protector.Unprotect(protectedText);
        }
        catch (CryptographicException exception)
        {
            Log.UnprotectFailed(_logger, _keysDirectory, exception);
            throw new CryptographicException(
                $"Failed to decrypt a stored secret. Restore the Data Protection key ring in '{_keysDirectory}' " +
                "that encrypted it, or enter the secret again.",
                exception);
        }
    }
}
