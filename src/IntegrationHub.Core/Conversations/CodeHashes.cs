using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IntegrationHub.Conversations;

/// <summary>Hashes authorization codes, so that tokens can be matched to the code they came from without storing the code.</summary>
internal static class CodeHashes
{
    public static string Of(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    /// <summary>Returns the hash of every string value in a JSON value, at any depth; one of them is the code, wherever a method reads it.</summary>
    public static HashSet<string> OfStringValues(JsonElement value)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        Collect(value, hashes);
        return hashes;
    }

    private static void Collect(JsonElement value, HashSet<string> hashes)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                hashes.Add(Of(value.GetString()!));
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Collect(property.Value, hashes);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Collect(item, hashes);
                }

                break;
        }
    }
}
