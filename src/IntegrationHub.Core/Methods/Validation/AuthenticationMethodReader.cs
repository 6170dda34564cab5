using System.Text.Json;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>
/// Reads and validates the JSON body of a create or update request, reporting every invalid field by JSON path.
/// </summary>
public static class AuthenticationMethodReader
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    /// <summary>Reads a request body; <paramref name="existing"/> supplies the stored secrets that an update omits.</summary>
    public static AuthenticationMethodDraft? Read(JsonElement body, AuthenticationMethod? existing, ValidationErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "The request body must be a JSON object.");
            return null;
        }

        var reader = new JsonFieldReader(body, string.Empty, errors);
        reader.Ignore("id", "readOnly", "createdAt", "updatedAt");
        var name = ReadName(reader);
        var description = ReadDescription(reader);

        var type = ReadType(reader, existing);
        var settingsReader = reader.Object("settings", required: true);
        reader.RejectUnknownFields();

        AuthenticationMethodSettings? settings = null;
        if (type is not null && settingsReader is not null)
        {
            var previous = existing?.Type == type ? existing.Settings : null;
            settings = type switch
            {
                AuthenticationMethodType.Basic => BasicSettingsReader.Read(settingsReader, previous as BasicSettings),
                AuthenticationMethodType.CustomHeader => CustomHeaderSettingsReader.Read(settingsReader, previous as CustomHeaderSettings),
                AuthenticationMethodType.OAuth2ClientCredentials or AuthenticationMethodType.OAuth2AuthorizationCode =>
                    OAuthSettingsReader.Read(settingsReader, type.Value, previous as OAuthSettings),
                _ => null,
            };
        }

        return errors.HasErrors || name is null || settings is null
            ? null
            : new AuthenticationMethodDraft(name, description, settings);
    }

    /// <summary>Reads an optional description of at most <see cref="MaxDescriptionLength"/> characters; line breaks and tabs are allowed, other control characters are not.</summary>
    internal static string ReadDescription(JsonFieldReader reader)
    {
        var description = reader.String("description") ?? string.Empty;
        if (description.Length > MaxDescriptionLength)
        {
            reader.Errors.Add("description", $"The description must be at most {MaxDescriptionLength} characters long.");
        }
        else if (description.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')) || HttpSyntax.HasBidiControl(description))
        {
            reader.Errors.Add("description", "The description must not contain bidirectional overrides or control characters other than line breaks and tabs.");
        }

        return description;
    }

    private static string? ReadName(JsonFieldReader reader)
    {
        var name = reader.String("name", required: true);
        if (name is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            reader.Errors.Add("name", "The name must not be empty.");
            return null;
        }

        if (name.Length > MaxNameLength)
        {
            reader.Errors.Add("name", $"The name must be at most {MaxNameLength} characters long.");
            return null;
        }

        if (name.Any(char.IsControl) || HttpSyntax.HasBidiControl(name))
        {
            reader.Errors.Add("name", "The name must not contain control characters or bidirectional overrides.");
            return null;
        }

        return name.Trim();
    }

    private static AuthenticationMethodType? ReadType(JsonFieldReader reader, AuthenticationMethod? existing)
    {
        var typeName = reader.String("type", required: existing is null);
        if (typeName is null)
        {
            return existing?.Type;
        }

        if (!AuthenticationMethodTypeNames.TryParse(typeName, out var type))
        {
            reader.Errors.Add("type", $"The type '{typeName}' is not known; use one of: {string.Join(", ", AuthenticationMethodTypeNames.Configurable)}.");
            return null;
        }

        if (existing is not null && existing.Type != type)
        {
            reader.Errors.Add("type", $"The type of an existing method cannot change from '{existing.Type.ToName()}'; create a new method instead.");
            return null;
        }

        return type;
    }
}
