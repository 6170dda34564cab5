using IntegrationHub.Secrets;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads a write-only secret field; an omitted field keeps the stored secret.</summary>
internal static class SecretFieldReader
{
    /// <summary>The longest secret accepted; longer values are mistakes, and HTTP servers limit header sizes to about 8 KB anyway.</summary>
    public const int MaxLength = 8192;

    public static Secret? Read(JsonFieldReader reader, string name, Secret? stored, bool allowEmpty = false)
    {
        var value = reader.String(name);
        if (value is null)
        {
            if (stored is null && !reader.Errors.Contains(reader.PathOf(name)))
            {
                reader.Errors.Add(reader.PathOf(name), $"The field '{name}' is required.");
            }

            return stored;
        }

        if (value.Length == 0 && !allowEmpty)
        {
            reader.Errors.Add(reader.PathOf(name), $"The field '{name}' must not be empty; omit it to keep the stored value.");
            return null;
        }

        if (value.Length > MaxLength)
        {
            reader.Errors.Add(reader.PathOf(name), $"The field '{name}' must be at most {MaxLength} characters long.");
            return null;
        }

        if (value.Any(char.IsControl))
        {
            reader.Errors.Add(reader.PathOf(name), $"The field '{name}' must not contain control characters.");
            return null;
        }

        return new Secret(value);
    }
}
