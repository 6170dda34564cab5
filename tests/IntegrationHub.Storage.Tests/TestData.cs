using IntegrationHub.ApiKeys;
using IntegrationHub.Connections;
using IntegrationHub.Conversations;
using IntegrationHub.Methods;
using IntegrationHub.Secrets;

namespace IntegrationHub.Storage.Tests;

/// <summary>Domain objects for the tests. Every secret is a distinct text that the database files must not contain.</summary>
internal static class TestData
{
    public const string BasicPassword = "basic-password-3b9e51f0";
    public const string ConfidentialHeaderValue = "Bearer static-header-secret-6d2a7c44";
    public const string ClientCredentialsSecret = "cc-client-secret-91c0e2d7";
    public const string AuthorizationCodeSecret = "ac-client-secret-4f8ab316";
    public const string AuthJson = """{"client_token":"client-token-5e0d93aa","authorization_code":"auth-code-27c4f1b8"}""";
    public const string AccessToken = "access-token-c81f6e02";
    public const string RefreshToken = "refresh-token-0a7d5b39";

    /// <summary>Each secret, the client data and the tokens, as they would appear in plain text.</summary>
    public static IReadOnlyList<string> SecretTexts { get; } =
    [
        BasicPassword,
        "static-header-secret-6d2a7c44",
        ClientCredentialsSecret,
        AuthorizationCodeSecret,
        "client-token-5e0d93aa",
        "auth-code-27c4f1b8",
        AccessToken,
        RefreshToken,
    ];

    public static readonly DateTimeOffset CreatedAt = new(2025, 3, 4, 10, 20, 30, TimeSpan.FromHours(2));
    public static readonly DateTimeOffset UpdatedAt = new(2025, 3, 5, 8, 0, 0, TimeSpan.Zero);

    public static AuthenticationMethod Method(string name, AuthenticationMethodSettings settings, long version = 1) =>
        new(Guid.NewGuid(), name, $"Description of {name}", settings, ReadOnly: false, CreatedAt, UpdatedAt, version);

    public static BasicSettings Basic() => new("orders-user", new Secret(BasicPassword));

    public static CustomHeaderSettings CustomHeader() => new(
        [
            HeaderSetting.Plain("X-User-Token", "{Auth.client_token}"),
            HeaderSetting.Confidential("X-Api-Key", new Secret(ConfidentialHeaderValue)),
        ],
        new ClientAuthenticationSettings(Enabled: true, Validity: TimeSpan.FromMinutes(15)));

    public static OAuthClientCredentialsSettings ClientCredentials() => new()
    {
        ClientId = "orders-client",
        ClientSecret = new Secret(ClientCredentialsSecret),
        TokenUrl = new Uri("http://127.0.0.1:5001/connect/token"),
        ClientCredentialPlacement = ClientCredentialPlacement.RequestBody,
        Scope = "orders.read orders.write",
        Audience = "https://orders.example",
        AdditionalTokenParameters = new Dictionary<string, string>
        {
            ["resource"] = "https://orders.example/api",
            ["tenant"] = "contoso",
        },
        Headers = [HeaderSetting.Plain("Authorization", "Bearer {OAuth.access_token}")],
        ClientAuthenticationOrNull = new ClientAuthenticationSettings(Enabled: false, Validity: null),
    };

    public static OAuthAuthorizationCodeSettings AuthorizationCode() => new()
    {
        ClientId = "orders-web",
        ClientSecret = new Secret(AuthorizationCodeSecret),
        TokenUrl = new Uri("http://127.0.0.1:5001/connect/token"),
        ClientCredentialPlacement = ClientCredentialPlacement.BasicAuthHeader,
        Scope = "openid orders.read",
        AdditionalTokenParameters = new Dictionary<string, string> { ["prompt"] = "none" },
        Headers =
        [
            HeaderSetting.Plain("Authorization", "Bearer {OAuth.access_token}"),
            HeaderSetting.Plain("X-User-Id", "{Auth.headers.X-User-Id}"),
        ],
        ClientAuthenticationOrNull = new ClientAuthenticationSettings(Enabled: true, Validity: TimeSpan.FromSeconds(3600.5)),
        AuthorizationCodeReference = OAuthAuthorizationCodeSettings.DefaultAuthorizationCodeReference,
        RedirectUri = "{Auth.redirect_uri}",
    };

    public static ApiConnection Connection(string name, Guid? sandboxMethodId, Guid? productionMethodId, long version = 1) => new(
        Guid.NewGuid(),
        name,
        $"Description of {name}",
        sandboxMethodId is { } sandbox ? new ConnectionEnvironment(new Uri("http://127.0.0.1:6001/sandbox/"), sandbox) : null,
        productionMethodId is { } production ? new ConnectionEnvironment(new Uri("http://127.0.0.1:6002/api/"), production) : null,
        CreatedAt,
        UpdatedAt,
        version);

    public static ConversationClientData ClientData(string conversationId, Guid? dataId = null) => new(
        conversationId,
        dataId ?? Guid.NewGuid(),
        "customer-42",
        new Secret(AuthJson),
        CreatedAt,
        "stream-7");

    public static ConversationToken Token(Guid dataId, bool withRefreshToken = true) => new(
        dataId,
        new Secret(AccessToken),
        withRefreshToken ? new Secret(RefreshToken) : null,
        UpdatedAt.AddHours(1),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        MethodVersion: 3);

    public static ApiKey ApiKey(string name, ApiKeyRole role, string keyHash) =>
        new(Guid.NewGuid(), name, role, keyHash, CreatedAt);
}
