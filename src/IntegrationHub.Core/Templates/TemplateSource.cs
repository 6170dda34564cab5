namespace IntegrationHub.Templates;

/// <summary>Where a placeholder's value comes from.</summary>
public enum TemplateSource
{
    /// <summary><c>{Auth.&lt;path&gt;}</c>: the conversation's client authentication data, read by dotted path.</summary>
    Auth,

    /// <summary><c>{OAuth.access_token}</c>: the access token the method obtained.</summary>
    OAuthAccessToken,
}
