using IntegrationHub.Common;
using IntegrationHub.Methods;
using IntegrationHub.Secrets;

namespace IntegrationHub.Storage.Tests;

public sealed class AuthenticationMethodStoreTests
{
    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Basic_RoundTrip()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("orders-basic", TestData.Basic());

        Assert.Equal(StoreWriteStatus.Succeeded, (await storage.Methods.AddAsync(method, CancellationToken)).Status);
        var stored = await storage.Methods.FindAsync(method.Id, CancellationToken);

        Assert.NotNull(stored);
        AssertSameMethodFields(method, stored);
        var settings = Assert.IsType<BasicSettings>(stored.Settings);
        Assert.Equal("orders-user", settings.Username);
        Assert.Equal(TestData.BasicPassword, settings.Password.Reveal());
    }

    [Fact]
    public async Task CustomHeader_ConfidentialHeader_RoundTrip()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("orders-headers", TestData.CustomHeader());

        await storage.Methods.AddAsync(method, CancellationToken);
        var stored = await storage.Methods.FindAsync(method.Id, CancellationToken);

        Assert.NotNull(stored);
        var settings = Assert.IsType<CustomHeaderSettings>(stored.Settings);
        Assert.Equal(2, settings.Headers.Count);
        Assert.Equal("X-User-Token", settings.Headers[0].Name);
        Assert.Equal("{Auth.client_token}", settings.Headers[0].Value);
        Assert.False(settings.Headers[0].IsSecret);
        Assert.Equal("X-Api-Key", settings.Headers[1].Name);
        Assert.True(settings.Headers[1].IsSecret);
        Assert.Null(settings.Headers[1].Value);
        Assert.Equal(TestData.ConfidentialHeaderValue, settings.Headers[1].SecretValue!.Reveal());
        Assert.Equal(new ClientAuthenticationSettings(true, TimeSpan.FromMinutes(15)), settings.ClientAuthentication);
    }

    [Fact]
    public async Task CustomHeader_NoClientAuthentication_RoundTrip()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("static-key", new CustomHeaderSettings([HeaderSetting.Plain("X-Static", "value")], null));

        await storage.Methods.AddAsync(method, CancellationToken);
        var stored = await storage.Methods.FindAsync(method.Id, CancellationToken);

        var settings = Assert.IsType<CustomHeaderSettings>(stored!.Settings);
        Assert.Null(settings.ClientAuthentication);
        Assert.Equal([HeaderSetting.Plain("X-Static", "value")], settings.Headers);
    }

    [Fact]
    public async Task ClientCredentials_RoundTrip()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var expected = TestData.ClientCredentials();
        var method = TestData.Method("orders-m2m", expected);

        await storage.Methods.AddAsync(method, CancellationToken);
        var stored = await storage.Methods.FindAsync(method.Id, CancellationToken);

        var settings = Assert.IsType<OAuthClientCredentialsSettings>(stored!.Settings);
        AssertSameOAuthFields(expected, settings);
    }

    [Fact]
    public async Task AuthorizationCode_RoundTrip()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var expected = TestData.AuthorizationCode();
        var method = TestData.Method("orders-user-login", expected);

        await storage.Methods.AddAsync(method, CancellationToken);
        var stored = await storage.Methods.FindAsync(method.Id, CancellationToken);

        var settings = Assert.IsType<OAuthAuthorizationCodeSettings>(stored!.Settings);
        AssertSameOAuthFields(expected, settings);
        Assert.Equal(OAuthAuthorizationCodeSettings.DefaultAuthorizationCodeReference, settings.AuthorizationCodeReference);
        Assert.Equal("{Auth.redirect_uri}", settings.RedirectUri);
        Assert.Equal(TimeSpan.FromSeconds(3600.5), settings.ClientAuthentication!.Validity);
    }

    [Fact]
    public async Task FindByName_IsCaseSensitive()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var lower = TestData.Method("orders", TestData.Basic());
        var upper = TestData.Method("Orders", TestData.Basic());

        Assert.Equal(StoreWriteStatus.Succeeded, (await storage.Methods.AddAsync(lower, CancellationToken)).Status);
        Assert.Equal(StoreWriteStatus.Succeeded, (await storage.Methods.AddAsync(upper, CancellationToken)).Status);

        Assert.Equal(lower.Id, (await storage.Methods.FindByNameAsync("orders", CancellationToken))?.Id);
        Assert.Equal(upper.Id, (await storage.Methods.FindByNameAsync("Orders", CancellationToken))?.Id);
        Assert.Null(await storage.Methods.FindByNameAsync("ORDERS", CancellationToken));
    }

    [Fact]
    public async Task List_IsOrderedByName()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        await storage.Methods.AddAsync(TestData.Method("b-method", TestData.Basic()), CancellationToken);
        await storage.Methods.AddAsync(TestData.Method("a-method", TestData.CustomHeader()), CancellationToken);
        await storage.Methods.AddAsync(TestData.Method("c-method", TestData.AuthorizationCode()), CancellationToken);

        var methods = await storage.Methods.ListAsync(CancellationToken);

        Assert.Equal(["a-method", "b-method", "c-method"], methods.Select(method => method.Name));
        Assert.Equal(
            [AuthenticationMethodType.CustomHeader, AuthenticationMethodType.Basic, AuthenticationMethodType.OAuth2AuthorizationCode],
            methods.Select(method => method.Type));
    }

    [Fact]
    public async Task Add_DuplicateName_IsNameConflict()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        await storage.Methods.AddAsync(TestData.Method("orders", TestData.Basic()), CancellationToken);

        var result = await storage.Methods.AddAsync(TestData.Method("orders", TestData.CustomHeader()), CancellationToken);

        Assert.Equal(StoreWriteStatus.NameConflict, result.Status);
        Assert.Single(await storage.Methods.ListAsync(CancellationToken));
    }

    [Fact]
    public async Task Update_ReplacesFieldsAndVersion()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("orders", TestData.Basic(), version: 1);
        await storage.Methods.AddAsync(method, CancellationToken);
        var changed = method with
        {
            Name = "orders-renamed",
            Description = "Changed",
            Settings = new BasicSettings("other-user", new Secret("other-password")),
            CreatedAt = TestData.CreatedAt.AddYears(1),
            UpdatedAt = TestData.UpdatedAt.AddDays(1),
            Version = 2,
        };

        var result = await storage.Methods.UpdateAsync(changed, expectedVersion: 1, CancellationToken);
        var stored = await storage.Methods.FindAsync(method.Id, CancellationToken);

        Assert.Equal(StoreWriteStatus.Succeeded, result.Status);
        Assert.NotNull(stored);
        Assert.Equal("orders-renamed", stored.Name);
        Assert.Equal("Changed", stored.Description);
        Assert.Equal(2, stored.Version);
        Assert.Equal(TestData.UpdatedAt.AddDays(1), stored.UpdatedAt);
        Assert.Equal(TestData.CreatedAt, stored.CreatedAt);
        var settings = Assert.IsType<BasicSettings>(stored.Settings);
        Assert.Equal("other-password", settings.Password.Reveal());
    }

    [Fact]
    public async Task Update_ChangesType()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("orders", TestData.Basic());
        await storage.Methods.AddAsync(method, CancellationToken);

        await storage.Methods.UpdateAsync(method with { Settings = TestData.ClientCredentials(), Version = 2 }, 1, CancellationToken);
        var stored = await storage.Methods.FindAsync(method.Id, CancellationToken);

        Assert.Equal(AuthenticationMethodType.OAuth2ClientCredentials, stored!.Type);
    }

    [Fact]
    public async Task Update_VersionMismatch_IsRejected()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("orders", TestData.Basic(), version: 5);
        await storage.Methods.AddAsync(method, CancellationToken);

        var result = await storage.Methods.UpdateAsync(method with { Description = "Changed", Version = 6 }, expectedVersion: 4, CancellationToken);
        var stored = await storage.Methods.FindAsync(method.Id, CancellationToken);

        Assert.Equal(StoreWriteStatus.VersionMismatch, result.Status);
        Assert.Equal(5, stored!.Version);
        Assert.Equal(method.Description, stored.Description);
    }

    [Fact]
    public async Task Update_DuplicateName_IsNameConflict()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var first = TestData.Method("first", TestData.Basic());
        var second = TestData.Method("second", TestData.Basic());
        await storage.Methods.AddAsync(first, CancellationToken);
        await storage.Methods.AddAsync(second, CancellationToken);

        var result = await storage.Methods.UpdateAsync(second with { Name = "first", Version = 2 }, 1, CancellationToken);

        Assert.Equal(StoreWriteStatus.NameConflict, result.Status);
        Assert.Equal("second", (await storage.Methods.FindAsync(second.Id, CancellationToken))!.Name);
    }

    [Fact]
    public async Task Update_SameName_Succeeds()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("orders", TestData.Basic());
        await storage.Methods.AddAsync(method, CancellationToken);

        var result = await storage.Methods.UpdateAsync(method with { Description = "Changed", Version = 2 }, 1, CancellationToken);

        Assert.Equal(StoreWriteStatus.Succeeded, result.Status);
    }

    [Fact]
    public async Task Update_Missing_IsNotFound()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);

        var result = await storage.Methods.UpdateAsync(TestData.Method("ghost", TestData.Basic(), 2), 1, CancellationToken);

        Assert.Equal(StoreWriteStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Delete_UsedMethod_IsInUse()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var used = TestData.Method("shared", TestData.Basic());
        var other = TestData.Method("other", TestData.Basic());
        await storage.Methods.AddAsync(used, CancellationToken);
        await storage.Methods.AddAsync(other, CancellationToken);
        await storage.Connections.AddAsync(TestData.Connection("orders-api", used.Id, other.Id), CancellationToken);
        await storage.Connections.AddAsync(TestData.Connection("billing-api", other.Id, used.Id), CancellationToken);
        await storage.Connections.AddAsync(TestData.Connection("unrelated-api", other.Id, null), CancellationToken);

        var result = await storage.Methods.DeleteAsync(used.Id, expectedVersion: null, CancellationToken);

        Assert.Equal(StoreWriteStatus.InUse, result.Status);
        Assert.Equal(["billing-api", "orders-api"], result.ReferencedBy);
        Assert.NotNull(await storage.Methods.FindAsync(used.Id, CancellationToken));
    }

    [Fact]
    public async Task Delete_AfterConnectionDeleted_Succeeds()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("shared", TestData.Basic());
        var connection = TestData.Connection("orders-api", method.Id, method.Id);
        await storage.Methods.AddAsync(method, CancellationToken);
        await storage.Connections.AddAsync(connection, CancellationToken);

        await storage.Connections.DeleteAsync(connection.Id, expectedVersion: null, CancellationToken);
        var result = await storage.Methods.DeleteAsync(method.Id, expectedVersion: 1, CancellationToken);

        Assert.Equal(StoreWriteStatus.Succeeded, result.Status);
        Assert.Null(await storage.Methods.FindAsync(method.Id, CancellationToken));
    }

    [Fact]
    public async Task Delete_VersionMismatch_IsRejected()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var method = TestData.Method("orders", TestData.Basic(), version: 3);
        await storage.Methods.AddAsync(method, CancellationToken);

        var result = await storage.Methods.DeleteAsync(method.Id, expectedVersion: 2, CancellationToken);

        Assert.Equal(StoreWriteStatus.VersionMismatch, result.Status);
        Assert.NotNull(await storage.Methods.FindAsync(method.Id, CancellationToken));
    }

    [Fact]
    public async Task Delete_Missing_IsNotFound()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);

        var result = await storage.Methods.DeleteAsync(Guid.NewGuid(), expectedVersion: null, CancellationToken);

        Assert.Equal(StoreWriteStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Delete_RemovesConversationTokensOfMethod()
    {
        using var folder = new TempDirectory();
        await using var storage = await TestStorage.StartAsync(folder.Path);
        var deleted = TestData.Method("deleted", TestData.AuthorizationCode());
        var remaining = TestData.Method("remaining", TestData.AuthorizationCode());
        await storage.Methods.AddAsync(deleted, CancellationToken);
        await storage.Methods.AddAsync(remaining, CancellationToken);
        var data = TestData.ClientData("conversation-1");
        await storage.Conversations.ReplaceClientDataAsync(data, cancellationToken: CancellationToken);
        await storage.Conversations.SaveTokenAsync("conversation-1", deleted.Id, TestData.Token(data.DataId), CancellationToken);
        await storage.Conversations.SaveTokenAsync("conversation-1", remaining.Id, TestData.Token(data.DataId), CancellationToken);

        await storage.Methods.DeleteAsync(deleted.Id, expectedVersion: null, CancellationToken);

        Assert.Null(await storage.Conversations.GetTokenAsync("conversation-1", deleted.Id, CancellationToken));
        Assert.NotNull(await storage.Conversations.GetTokenAsync("conversation-1", remaining.Id, CancellationToken));
    }

    private static void AssertSameMethodFields(AuthenticationMethod expected, AuthenticationMethod actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.ReadOnly, actual.ReadOnly);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, actual.CreatedAt.Offset);
        Assert.Equal(expected.Version, actual.Version);
    }

    private static void AssertSameOAuthFields(OAuthSettings expected, OAuthSettings actual)
    {
        Assert.Equal(expected.ClientId, actual.ClientId);
        Assert.Equal(expected.ClientSecret.Reveal(), actual.ClientSecret.Reveal());
        Assert.Equal(expected.TokenUrl, actual.TokenUrl);
        Assert.Equal(expected.ClientCredentialPlacement, actual.ClientCredentialPlacement);
        Assert.Equal(expected.Scope, actual.Scope);
        Assert.Equal(expected.Audience, actual.Audience);
        Assert.Equal(
            expected.AdditionalTokenParameters.OrderBy(pair => pair.Key, StringComparer.Ordinal),
            actual.AdditionalTokenParameters.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Headers, actual.Headers);
        Assert.Equal(expected.ClientAuthentication, actual.ClientAuthentication);
    }
}
