using System.Text.Json;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads a duration field written as ISO 8601 text or a whole number of seconds.</summary>
internal static class DurationFieldReader
{
    public static TimeSpan? Read(JsonFieldReader reader, string name, bool allowZero = false)
    {
        if (reader.Raw(name) is not { } raw)
        {
            return null;
        }

        var path = reader.PathOf(name);
        var text = raw.ValueKind switch
        {
            JsonValueKind.String => raw.GetString(),
            JsonValueKind.Number => raw.GetRawText(),
            _ => null,
        };

        if (text is null || !DurationParser.TryParse(text, out var duration))
        {
            reader.Errors.Add(path, $"The field '{name}' must be an ISO 8601 duration such as 'PT30M' or 'P1D', or a whole number of seconds.");
            return null;
        }

        if (duration < TimeSpan.Zero || (duration == TimeSpan.Zero && !allowZero))
        {
            reader.Errors.Add(path, allowZero ? $"The field '{name}' must not be negative." : $"The field '{name}' must be a positive duration.");
            return null;
        }

        return duration;
    }
}
