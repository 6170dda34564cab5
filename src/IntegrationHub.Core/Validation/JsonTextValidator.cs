using System.Text.Json;

namespace IntegrationHub.Validation;

/// <summary>
/// Finds strings that cannot be decoded: invalid UTF-8 or an escaped unpaired surrogate such as <c>\ud800</c>.
/// </summary>
/// <remarks><see cref="JsonDocument"/> accepts both while parsing and throws only when such a string is read.</remarks>
public static class JsonTextValidator
{
    /// <summary>Returns the JSON path of the first undecodable property name or string, or <see langword="null"/> when all decode.</summary>
    public static string? FindInvalidString(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return TryDecode(() => element.GetString()) ? null : path;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryDecode(() => property.Name))
                    {
                        return path;
                    }

                    if (FindInvalidString(property.Value, path + "." + property.Name) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindInvalidString(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool TryDecode(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
