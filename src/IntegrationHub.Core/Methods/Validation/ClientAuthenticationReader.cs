using System.Text.Json;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads the <c>clientAuthentication</c> object: <c>enabled</c> and <c>validity</c>.</summary>
internal static class ClientAuthenticationReader
{
    public static ClientAuthenticationSettings? Read(JsonFieldReader reader)
    {
        var item = reader.Object("clientAuthentication");
        if (item is null)
        {
            return null;
        }

        var enabled = item.Boolean("enabled");
        if (enabled is null && !item.Errors.Contains(item.PathOf("enabled")))
        {
            item.Errors.Add(item.PathOf("enabled"), "The field 'enabled' is required (true or false).");
        }

        TimeSpan? validity = null;
        var validityRaw = item.Raw("validity");
        if (validityRaw is { } raw)
        {
            validity = ReadValidity(item, raw);
        }

        item.RejectUnknownFields();
        return new ClientAuthenticationSettings(enabled ?? false, validity);
    }

    private static TimeSpan? ReadValidity(JsonFieldReader item, JsonElement raw)
    {
        var path = item.PathOf("validity");
        var text = raw.ValueKind switch
        {
            JsonValueKind.String => raw.GetString(),
            JsonValueKind.Number => raw.GetRawText(),
            _ => null,
        };

        if (text is null || !DurationParser.TryParse(text, out var duration))
        {
            item.Errors.Add(path, "The validity must be an ISO 8601 duration such as 'PT30M' or 'P1D', or a whole number of seconds.");
            return null;
        }

        if (duration <= TimeSpan.Zero)
        {
            item.Errors.Add(path, "The validity must be a positive duration.");
            return null;
        }

        return duration;
    }
}
