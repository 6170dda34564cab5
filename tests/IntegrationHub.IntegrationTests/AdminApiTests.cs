using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests;

/// <summary>The admin REST API: access control, validation, conflicts and preconditions.</summary>
public sealed class AdminApiTests(SampleFixture fixture) : LeakCheckedTests(fixture), IClassFixture<SampleFixture>
{
    private HttpClient Admin => fixture.Hub.Admin;

    [Fact]
    public async Task NoKey_Returns401Problem()
    {
        using var anonymous = fixture.Hub.CreateClient(null);

        using var response = await anonymous.GetAsync("/v1/authentication-methods");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownKey_Returns401()
    {
        using var stranger = fixture.Hub.CreateClient("ihk_unknown");

        using var response = await stranger.GetAsync("/v1/api-connections");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RuntimeKey_AdminEndpoint_Returns403_RuntimeEndpoint_Works()
    {
        using var create = await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "agent-runtime", role = "runtime" });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var key = (await create.ReadJsonAsync()).GetProperty("key").GetString()!;
        using var runtime = fixture.Hub.CreateClient(key);

        using var admin = await runtime.GetAsync("/v1/authentication-methods");
        using var keys = await runtime.GetAsync("/v1/api-keys");
        using var stream = await runtime.PostAsync("/v1/streams", HubApi.Json("{}"));

        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal("application/problem+json", admin.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
    }

    [Fact]
    public async Task ApiKeys_ListHidesKey_DeleteRevokes()
    {
        using var create = await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "short-lived", role = "admin" });
        var created = await create.ReadJsonAsync();
        var key = created.GetProperty("key").GetString()!;
        var id = created.GetProperty("id").GetString()!;

        var list = await (await Admin.GetAsync("/v1/api-keys")).Content.ReadAsStringAsync();
        Assert.Contains("short-lived", list, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);
        Assert.DoesNotContain("\"key\"", list, StringComparison.Ordinal);

        using var client = fixture.Hub.CreateClient(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/api-keys")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Admin.DeleteAsync($"/v1/api-keys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/api-keys")).StatusCode);
    }

    [Fact]
    public async Task Healthz_IsOpen()
    {
        using var anonymous = fixture.Hub.CreateClient(null);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task CreateMethod_FiveInvalidFields_ReturnsFiveErrors()
    {
        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json("""
            {"name":"","type":"oauth2ClientCredentials","settings":{
              "clientId":"id","clientSecret":"s","tokenUrl":"not a url","clientCredentialPlacement":"sideways",
              "headers":[{"name":"Bad Name","value":"x"},{"name":"X-Ok","value":"{Auth.user}"}]}}
            """));
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["name", "settings.clientCredentialPlacement", "settings.headers[0].name", "settings.headers[1].value", "settings.tokenUrl"], fields);
        Assert.Empty(await ListMethodNamesAsync(""));
    }

    [Fact]
    public async Task CreateMethod_MalformedJson_Returns400Problem()
    {
        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json("""{"name": "x", """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMethod_NotJson_Returns415()
    {
        using var response = await Admin.PostAsync("/v1/authentication-methods", new StringContent("name=x"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task CreateMethod_DuplicateName_Returns409()
    {
        await Admin.CreateMethodAsync(fixture.BasicMethod("duplicate"));

        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json(fixture.BasicMethod("duplicate")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Single(await ListMethodNamesAsync("duplicate"));
    }

    [Fact]
    public async Task CreateMethod_Returns201WithLocationAndETag()
    {
        using var response = await Admin.PostAsync("/v1/authentication-methods", HubApi.Json(fixture.BasicMethod("located")));
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/v1/authentication-methods/{body.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal("basic", body.GetProperty("type").GetString());
        Assert.False(body.GetProperty("readOnly").GetBoolean());
        Assert.True(body.GetProperty("settings").GetProperty("passwordSet").GetBoolean());
        Assert.False(body.GetProperty("settings").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task DeleteMethod_InUse_Returns409NamingConnection()
    {
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("in-use"));
        await Admin.CreateConnectionAsync("uses-the-method", fixture.Orders.BaseAddress, method);

        using var response = await Admin.DeleteAsync($"/v1/authentication-methods/{method}");
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["uses-the-method"], problem.GetProperty("connections").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("uses-the-method", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Admin.GetAsync($"/v1/authentication-methods/{method}")).StatusCode);
    }

    [Fact]
    public async Task UpdateMethod_StaleIfMatch_Returns412()
    {
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("versioned"));
        using var first = new HttpRequestMessage(HttpMethod.Put, $"/v1/authentication-methods/{method}") { Content = HubApi.Json(fixture.BasicMethod("versioned-2")) };
        first.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        using var firstResponse = await Admin.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal("\"2\"", firstResponse.Headers.ETag!.Tag);

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/v1/authentication-methods/{method}") { Content = HubApi.Json(fixture.BasicMethod("versioned-3")) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        using var staleResponse = await Admin.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, staleResponse.StatusCode);
        var current = await (await Admin.GetAsync($"/v1/authentication-methods/{method}")).ReadJsonAsync();
        Assert.Equal("versioned-2", current.GetProperty("name").GetString());
    }

    [Fact]
    public async Task UpdateMethod_InvalidBody_KeepsStoredMethod()
    {
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("kept"));

        using var response = await Admin.PutAsync($"/v1/authentication-methods/{method}", HubApi.Json("""{"name":"kept","settings":{"username":"a:b"}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var current = await (await Admin.GetAsync($"/v1/authentication-methods/{method}")).ReadJsonAsync();
        Assert.Equal("demo", current.GetProperty("settings").GetProperty("username").GetString());
    }

    [Fact]
    public async Task UpdateMethod_OmittedSecret_IsKept()
    {
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("secret-kept"));
        var connection = await Admin.CreateConnectionAsync("secret-kept-orders", fixture.Orders.BaseAddress, method);

        using var response = await Admin.PutAsync($"/v1/authentication-methods/{method}", HubApi.Json("""{"name":"secret-kept","description":"renamed","settings":{"username":"demo"}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, (await Admin.CallAsync("conv-kept", connection, "/basic/orders")).UpstreamStatus());
    }

    [Fact]
    public async Task Connection_UnknownMethodId_Returns400OnField()
    {
        var json = JsonSerializer.Serialize(new
        {
            name = "broken",
            environments = new { production = new { baseUrl = "https://api.example/v1", authenticationMethodId = Guid.NewGuid() } },
        });

        using var response = await Admin.PostAsync("/v1/api-connections", HubApi.Json(json));
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("environments.production.authenticationMethodId", out _), problem.ToString());
    }

    [Fact]
    public async Task Connection_OneEnvironment_OtherEnvironmentCallIs400()
    {
        var method = await Admin.CreateMethodAsync(fixture.BasicMethod("sandbox-only"));
        var json = JsonSerializer.Serialize(new
        {
            name = "sandbox-only",
            environments = new { sandbox = new { baseUrl = fixture.Orders.BaseAddress.AbsoluteUri, authenticationMethodId = method } },
        });
        using var created = await Admin.PostAsync("/v1/api-connections", HubApi.Json(json));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var response = await Admin.PostAsJsonAsync("/v1/conversations/c1/calls", new { connection = "sandbox-only", environment = "production", method = "GET", path = "/basic/orders" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("environment", out _));
    }

    [Fact]
    public async Task Call_UnknownConnection_Returns404()
    {
        using var response = await Admin.PostAsJsonAsync("/v1/conversations/c1/calls", new { connection = "nope", environment = "sandbox", method = "GET", path = "/" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/../admin")]
    [InlineData("//evil.example/x")]
    [InlineData("http://evil.example/x")]
    [InlineData("/%2e%2e/admin")]
    public async Task Call_PathLeavingBaseUrl_Returns400(string path)
    {
        using var response = await Admin.PostAsJsonAsync("/v1/conversations/c1/calls", new { connection = "nope", environment = "sandbox", method = "GET", path });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("path", out _));
    }

    [Fact]
    public async Task OpenApiDocument_ListsEndpoints()
    {
        using var anonymous = fixture.Hub.CreateClient(null);

        var document = await (await anonymous.GetAsync("/openapi/v1.json")).ReadJsonAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/v1/authentication-methods", paths);
        Assert.Contains("/v1/conversations/{conversationId}/calls", paths);
        Assert.Contains("/v1/streams", paths);
    }

    private async Task<List<string>> ListMethodNamesAsync(string name)
    {
        var list = await (await Admin.GetAsync("/v1/authentication-methods")).ReadJsonAsync();
        return [.. list.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).Where(n => n == name)];
    }
}
