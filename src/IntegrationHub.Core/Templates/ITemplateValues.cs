namespace IntegrationHub.Templates;

/// <summary>The values that placeholders resolve to.</summary>
public interface ITemplateValues
{
    /// <summary>The access token for <c>{OAuth.access_token}</c>, or <see langword="null"/> when there is none.</summary>
    string? AccessToken { get; }

    /// <summary>Returns the client data value at a dotted path, or <see langword="null"/> when it is missing.</summary>
    string? GetClientValue(string path);
}
