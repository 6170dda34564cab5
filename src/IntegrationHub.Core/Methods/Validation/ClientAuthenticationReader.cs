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

        var validity = DurationFieldReader.Read(item, "validity");
        item.RejectUnknownFields();
        return new ClientAuthenticationSettings(enabled ?? false, validity);
    }
}
