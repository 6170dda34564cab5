namespace IntegrationHub.Secrets;

/// <summary>
/// Encrypts values for storage at rest and decrypts them again.
/// </summary>
/// <remarks>The storage layer implements it with ASP.NET Core Data Protection.</remarks>
public interface ISecretProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedText);
}
