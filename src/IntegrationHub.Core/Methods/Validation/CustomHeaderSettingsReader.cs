using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads the settings of a <c>customHeader</c> method.</summary>
internal static class CustomHeaderSettingsReader
{
    public static CustomHeaderSettings? Read(JsonFieldReader reader, CustomHeaderSettings? previous)
    {
        var clientAuthentication = ClientAuthenticationReader.Read(reader);
        var rules = new TemplateRules(
            AllowClientData: clientAuthentication?.Enabled == true,
            AllowAccessToken: false,
            ClientDataHint: "{Auth.…} reads client authentication data; set settings.clientAuthentication.enabled to true to use it.");
        var headers = HeaderListReader.Read(reader, previous?.Headers, rules);
        if (headers is null && !reader.Errors.Contains(reader.PathOf("headers")))
        {
            reader.Errors.Add(reader.PathOf("headers"), "The field 'headers' is required and must hold at least one header.");
        }

        reader.RejectUnknownFields();
        return headers is null || headers.Count == 0 ? null : new CustomHeaderSettings(headers, clientAuthentication);
    }
}
