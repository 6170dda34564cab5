using IntegrationHub.Secrets;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads the settings of a <c>basic</c> method.</summary>
internal static class BasicSettingsReader
{
    public static BasicSettings? Read(JsonFieldReader reader, BasicSettings? previous)
    {
        reader.Ignore("passwordSet");
        var username = reader.String("username", required: true);
        if (username is not null)
        {
            // RFC 7617 §2: the user-id cannot contain a colon, because the first colon separates it from the password.
            if (username.Contains(':', StringComparison.Ordinal))
            {
                reader.Errors.Add(reader.PathOf("username"), "The username must not contain ':' (RFC 7617 §2).");
            }
            else if (username.Length == 0)
            {
                reader.Errors.Add(reader.PathOf("username"), "The username must not be empty.");
            }
            else if (username.Any(char.IsControl))
            {
                reader.Errors.Add(reader.PathOf("username"), "The username must not contain control characters.");
            }
        }

        // RFC 7617 allows an empty password, and APIs that take an API key as the user-id expect one.
        var password = SecretFieldReader.Read(reader, "password", previous?.Password, allowEmpty: true);
        reader.RejectUnknownFields();
        return username is null || password is null ? null : new BasicSettings(username, password);
    }
}
