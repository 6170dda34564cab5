using System.Text.Json;
using IntegrationHub.Authentication;
using IntegrationHub.Templates;

namespace IntegrationHub.Tests;

public sealed class TemplateTests
{
    private static ClientDataValues Values(string json) => new(JsonDocument.Parse(json).RootElement.Clone());

    [Fact]
    public void Resolve_AuthAndAccessToken_FillsPlaceholders()
    {
        var template = Template.ParseValid("Bearer {OAuth.access_token} for {Auth.user.id}");

        var result = template.Resolve(Values("""{"user":{"id":42}}""").WithAccessToken("t1"));

        Assert.Equal("Bearer t1 for 42", result.Value);
    }

    [Fact]
    public void Resolve_HeaderPathWithHyphen_ReadsNestedKey()
    {
        var template = Template.ParseValid("{Auth.headers.X-User-Id}");

        Assert.Equal("u-7", template.Resolve(Values("""{"headers":{"X-User-Id":"u-7"}}""")).Value);
    }

    [Fact]
    public void Resolve_MissingKeys_ListsEachPath()
    {
        var template = Template.ParseValid("{Auth.a}-{Auth.b}-{Auth.c}");

        var result = template.Resolve(Values("""{"b":"x","c":{"nested":true}}"""));

        Assert.False(result.Succeeded);
        Assert.Equal(["a", "c"], result.MissingKeys);
    }

    [Fact]
    public void Parse_EscapedBraces_AreLiteral()
    {
        var template = Template.ParseValid("{{literal}} {Auth.x}");

        Assert.Equal("{literal} 1", template.Resolve(Values("""{"x":"1"}""")).Value);
    }

    [Theory]
    [InlineData("Bearer {Auth.token", "no closing")]
    [InlineData("Bearer {Session.token}", "Unknown placeholder")]
    [InlineData("{Auth.}", "invalid path")]
    [InlineData("{Auth.a..b}", "invalid path")]
    [InlineData("oops}", "Unexpected '}'")]
    [InlineData("{OAuth.refresh_token}", "Unknown placeholder")]
    public void Parse_InvalidTemplate_ReportsError(string text, string expected)
    {
        var template = Template.TryParse(text, out var error);

        Assert.Null(template);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthPaths_RepeatedPlaceholder_IsListedOnce()
    {
        var template = Template.ParseValid("{Auth.a}{Auth.a}{OAuth.access_token}");

        Assert.Equal(["a"], template.AuthPaths);
        Assert.True(template.UsesAccessToken);
    }
}
