using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Samples.Orders.Authentication;

/// <summary>
/// Compares credentials without leaking through timing how many leading characters match.
/// </summary>
internal static class FixedTimeComparer
{
    public static bool AreEqual(string provided, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(provided), Encoding.UTF8.GetBytes(expected));
}
