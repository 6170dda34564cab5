using System.Text.Json;
using IntegrationHub.Methods;
using IntegrationHub.Methods.Validation;
using IntegrationHub.Secrets;
using IntegrationHub.Validation;

namespace IntegrationHub.Tests;

public sealed class AuthenticationMethodReaderTests
{
    private static (AuthenticationMethodDraft? Draft, IDictionary<string, string[]> Errors) Read(string json, AuthenticationMethod? existing = null)
    {
        var errors = new ValidationErrors();
        var draft = AuthenticationMethodReader.Read(JsonDocument.Parse(json).RootElement, existing, errors);
        return (draft, errors.ToDictionary());
    }

    [Fact]
    public void Read_FiveInvalidFields_ReportsFiveErrors()
    {
        var (draft, errors) = Read("""
            {
              "name": "",
              "type": "oauth2ClientCredentials",
              "settings": {
                "clientId": "id",
                "clientSecret": "secret",
                "tokenUrl": "ftp://auth.example/token",
                "clientCredentialPlacement": "header",
                "headers": [ { "name": "X Bad", "value": "v" }, { "name": "Authorization", "value": "Bearer {OAuth.token}" } ]
              }
            }
            """);

        Assert.Null(draft);
        string[] expected = ["name", "settings.clientCredentialPlacement", "settings.headers[0].name", "settings.headers[1].value", "settings.tokenUrl"];
        Assert.Equal(expected, errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_BasicUsernameWithColon_IsRejected()
    {
        var (_, errors) = Read("""{"name":"b","type":"basic","settings":{"username":"a:b","password":"p"}}""");

        Assert.Contains("settings.username", errors.Keys);
    }

    [Fact]
    public void Read_AuthPlaceholderWithoutClientAuthentication_IsRejected()
    {
        var (_, errors) = Read("""{"name":"c","type":"customHeader","settings":{"headers":[{"name":"X-Token","value":"{Auth.token}"}]}}""");

        Assert.Contains("settings.headers[0].value", errors.Keys);
        Assert.Contains("clientAuthentication.enabled", errors["settings.headers[0].value"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AuthPlaceholderWithClientAuthentication_IsAccepted()
    {
        var (draft, errors) = Read("""
            {"name":"c","type":"customHeader","settings":{
              "headers":[{"name":"Authorization","value":"Bearer {Auth.client_token}"}],
              "clientAuthentication":{"enabled":true,"validity":"PT30M"}}}
            """);

        Assert.Empty(errors);
        var settings = Assert.IsType<CustomHeaderSettings>(draft!.Settings);
        Assert.Equal(TimeSpan.FromMinutes(30), settings.ClientAuthentication!.Validity);
    }

    [Theory]
    [InlineData("\"PT0S\"")]
    [InlineData("\"-PT5M\"")]
    [InlineData("\"soon\"")]
    [InlineData("0")]
    [InlineData("true")]
    public void Read_InvalidValidity_IsRejected(string validity)
    {
        var (_, errors) = Read("""{"name":"c","type":"customHeader","settings":{"headers":[{"name":"X-A","value":"v"}],"clientAuthentication":{"enabled":true,"validity":""" + validity + "}}}");

        Assert.Contains("settings.clientAuthentication.validity", errors.Keys);
    }

    [Fact]
    public void Read_ValidityInSeconds_IsAccepted()
    {
        var (draft, errors) = Read("""{"name":"c","type":"customHeader","settings":{"headers":[{"name":"X-A","value":"v"}],"clientAuthentication":{"enabled":true,"validity":900}}}""");

        Assert.Empty(errors);
        Assert.Equal(TimeSpan.FromSeconds(900), draft!.Settings.ClientAuthentication!.Validity);
    }

    [Fact]
    public void Read_UnknownTypeAndMissingSettings_ReportsBoth()
    {
        var (_, errors) = Read("""{"name":"x","type":"digest"}""");

        Assert.Contains("type", errors.Keys);
        Assert.Contains("settings", errors.Keys);
    }

    [Fact]
    public void Read_MisspeltField_IsRejected()
    {
        var (_, errors) = Read("""{"name":"b","type":"basic","settings":{"username":"u","password":"p","pasword":"q"}}""");

        Assert.Contains("settings.pasword", errors.Keys);
    }

    [Fact]
    public void Read_OAuthDefaults_AreApplied()
    {
        var (draft, errors) = Read("""{"name":"o","type":"oauth2ClientCredentials","settings":{"clientId":"id","clientSecret":"s","tokenUrl":"https://auth.example/token"}}""");

        Assert.Empty(errors);
        var settings = Assert.IsType<OAuthClientCredentialsSettings>(draft!.Settings);
        Assert.Equal(ClientCredentialPlacement.BasicAuthHeader, settings.ClientCredentialPlacement);
        var header = Assert.Single(settings.Headers);
        Assert.Equal("Authorization", header.Name);
        Assert.Equal("Bearer {OAuth.access_token}", header.Value);
    }

    [Fact]
    public void Read_AuthorizationCodeWithoutRedirectUri_IsRejected()
    {
        var (_, errors) = Read("""{"name":"o","type":"oauth2AuthorizationCode","settings":{"clientId":"id","clientSecret":"s","tokenUrl":"https://auth.example/token"}}""");

        Assert.Contains("settings.redirectUri", errors.Keys);
    }

    [Fact]
    public void Read_ReservedTokenParameter_IsRejected()
    {
        var (_, errors) = Read("""{"name":"o","type":"oauth2ClientCredentials","settings":{"clientId":"id","clientSecret":"s","tokenUrl":"https://a.example/t","additionalTokenParameters":{"grant_type":"password","tenant":"t1"}}}""");

        Assert.Equal(["settings.additionalTokenParameters.grant_type"], errors.Keys);
    }

    [Fact]
    public void Read_UpdateWithoutSecrets_KeepsStoredSecrets()
    {
        var existing = Existing(new CustomHeaderSettings([HeaderSetting.Confidential("X-Api-Key", new Secret("stored-key"))], null));

        var (draft, errors) = Read("""{"name":"renamed","settings":{"headers":[{"name":"X-Api-Key","secret":true}]}}""", existing);

        Assert.Empty(errors);
        var header = Assert.Single(((CustomHeaderSettings)draft!.Settings).Headers);
        Assert.Equal("stored-key", header.SecretValue!.Reveal());
    }

    [Fact]
    public void Read_CreateWithoutPassword_IsRejected()
    {
        var (_, errors) = Read("""{"name":"b","type":"basic","settings":{"username":"u"}}""");

        Assert.Contains("settings.password", errors.Keys);
    }

    [Fact]
    public void Read_TypeChangeOnUpdate_IsRejected()
    {
        var existing = Existing(new BasicSettings("u", new Secret("p")));

        var (_, errors) = Read("""{"name":"b","type":"customHeader","settings":{"headers":[{"name":"X-A","value":"v"}]}}""", existing);

        Assert.Contains("type", errors.Keys);
    }

    [Theory]
    [InlineData("Host")]
    [InlineData("content-length")]
    public void Read_ManagedHeaderName_IsRejected(string name)
    {
        var (_, errors) = Read($$$"""{"name":"c","type":"customHeader","settings":{"headers":[{"name":"{{{name}}}","value":"v"}]}}""");

        Assert.Contains("settings.headers[0].name", errors.Keys);
    }

    private static AuthenticationMethod Existing(AuthenticationMethodSettings settings) =>
        new(Guid.NewGuid(), "existing", string.Empty, settings, false, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1);
}
