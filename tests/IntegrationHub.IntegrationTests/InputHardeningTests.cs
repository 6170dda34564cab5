using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests;

/// <summary>Malformed input that once reached a 500, or slipped through: each now gets a 400 problem naming the field, or a safe outcome.</summary>
public sealed class InputHardeningTests(SampleFixture fixture) : LeakCheckedTests(fixture), IClassFixture<SampleFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    [Theory]
    [InlineData("/v1/authentication-methods")]
    [InlineData("/v1/api-connections")]
    [InlineData("/v1/api-keys")]
    [InlineData("/v1/streams")]
    [InlineData("/v1/conversations/c1/calls")]
    [InlineData("/v1/conversations/c1/authenticate")]
    public async Task UnpairedSurrogate_Returns400(string path)
    {
        using var response = await Admin.PostAsync(path, HubApi.Json("""{"name":"\ud800","streamId":"\ud800","customerExternalId":"c","auth":{"k":"\ud800"}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unpaired surrogate", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8_Returns400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"name":"AB"}""");
        bytes[9] = 0xFF;
        bytes[10] = 0xFE;
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await Admin.PostAsync("/v1/authentication-methods", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"headers":{"Host":"evil.example"}}""", "auth.headers.Host")]
    [InlineData("""{"headers":{"Transfer-Encoding":"chunked"}}""", "auth.headers.Transfer-Encoding")]
    [InlineData("""{"headers":{"X-A":"1\r\nX-Evil: 2"}}""", "auth.headers.X-A")]
    [InlineData("""{"headers":"X-A: 1"}""", "auth.headers")]
    [InlineData("""{"cookies":{"session":"a;b"}}""", "auth.cookies.session")]
    [InlineData("""{"cookies":[1]}""", "auth.cookies")]
    [InlineData("""{"body":5}""", "auth.body")]
    public async Task Authenticate_InvalidReservedKey_Returns400OnField(string auth, string field)
    {
        using var response = await Admin.PostAsync("/v1/conversations/c-reserved/authenticate", HubApi.Json($$$"""{"customerExternalId":"c","auth":{{{auth}}}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task NonAsciiStaticHeader_Returns400()
    {
        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json("""
            {"name":"non-ascii","type":"customHeader","settings":{"headers":[{"name":"X-A","value":"pässwörd","secret":true}]}}
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("settings.headers[0].value", out _));
    }

    [Fact]
    public async Task NonAsciiClientValue_Fails()
    {
        await using var upstream = await RecordingUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync("""
            {"name":"templated-non-ascii","type":"customHeader","settings":{"headers":[{"name":"X-Token","value":"{Auth.token}"}],"clientAuthentication":{"enabled":true}}}
            """);
        var connection = await Admin.CreateConnectionAsync("templated-non-ascii", upstream.BaseAddress, method);
        await Admin.AuthenticateAsync("c-non-ascii", new { token = "tök" });

        var envelope = await Admin.CallAsync("c-non-ascii", connection, "/orders");

        Assert.Equal("invalidHeaderValue", envelope.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(upstream.Requests);
    }

    [Fact]
    public async Task UpstreamUndecodableJson_ReturnedAsText()
    {
        await using var upstream = await RecordingUpstream.StartAsync();
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("surrogate-upstream"));
        var connection = await Admin.CreateConnectionAsync("surrogate-upstream", upstream.BaseAddress, method);

        var envelope = await Admin.CallAsync("c-surrogate", connection, "/unpaired-surrogate");

        Assert.Equal(200, envelope.UpstreamStatus());
        Assert.Equal(JsonValueKind.String, envelope.GetProperty("response").GetProperty("body").ValueKind);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5100/echo/%2e%2e")]
    [InlineData("http://127.0.0.1:5100/a/../b")]
    [InlineData("http://h/\r\n")]
    [InlineData("http://h/ x")]
    public async Task Connection_BaseUrlThatWouldBeRewritten_Returns400(string baseUrl)
    {
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("rewritten-" + Guid.NewGuid().ToString("N")));
        var json = JsonSerializer.Serialize(new { name = "rewritten", environments = new { sandbox = new { baseUrl, authenticationMethodId = method } } });

        using var response = await Admin.PostAsync("/v1/api-connections", HubApi.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("environments.sandbox.baseUrl", out _));
    }

    [Fact]
    public async Task Connection_NameThatIsUuid_Returns400()
    {
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("uuid-name"));
        var json = JsonSerializer.Serialize(new { name = Guid.NewGuid().ToString(), environments = new { sandbox = new { baseUrl = "https://api.example", authenticationMethodId = method } } });

        using var response = await Admin.PostAsync("/v1/api-connections", HubApi.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RedirectUri_RootedPath_Returns400()
    {
        var json = fixture.AuthorizationCodeMethod("rooted-redirect").Replace("{Auth.redirect_uri}", "/cb", StringComparison.Ordinal);

        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("settings.redirectUri", out _));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("a b")]
    public async Task Stream_IdOutsideUrlCharacters_Returns400(string streamId)
    {
        using var response = await Admin.PostAsync("/v1/streams", HubApi.Json(JsonSerializer.Serialize(new { streamId })));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Stream_UnknownField_Returns400()
    {
        using var response = await Admin.PostAsync("/v1/streams", HubApi.Json("""{"streamID":"x"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("\"1")]
    [InlineData("\"1\", \"2\"")]
    public async Task IfMatch_Malformed_Returns400AndKeepsData(string ifMatch)
    {
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("if-match-" + Guid.NewGuid().ToString("N")));
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/v1/authentication-methods/{method}");
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        using var response = await Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Admin.GetAsync($"/v1/authentication-methods/{method}")).StatusCode);
    }

    [Fact]
    public async Task Connection_BlankNameNoEnvironments_ReportsBoth()
    {
        using var response = await Admin.PostAsync("/v1/api-connections", HubApi.Json("""{"name":"","environments":{}}"""));
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("environments", out _));
    }

    [Fact]
    public async Task Method_BidiOverrideInName_Returns400()
    {
        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json(fixture.BasicMethod("pay\u202Eyap")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Method_HugePassword_Returns400()
    {
        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json(fixture.BasicMethod("huge-password", new string('p', 10_000))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("settings.password", out _));
    }

    [Fact]
    public async Task ApiKeyLocation_IsReadable()
    {
        using var created = await Admin.PostAsync("/v1/api-keys", HubApi.Json("""{"name":"located-key","role":"runtime"}"""));

        using var response = await Admin.GetAsync(created.Headers.Location);
        var key = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("located-key", key.GetProperty("name").GetString());
        Assert.False(key.TryGetProperty("key", out _));
    }

    [Fact]
    public async Task OpenApi_DeclaresBearerScheme()
    {
        using var anonymous = fixture.Hub.CreateClient(null);

        var document = await (await anonymous.GetAsync("/openapi/v1.json")).ReadJsonAsync();

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey").GetProperty("scheme").GetString());
    }
}
