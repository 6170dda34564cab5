using IntegrationHub.Calls;

namespace IntegrationHub.Tests;

public sealed class UpstreamUrlTests
{
    [Theory]
    [InlineData("orders")]
    [InlineData("/../admin")]
    [InlineData("/orders/../../admin")]
    [InlineData("/%2e%2e/admin")]
    [InlineData("/orders/%2E%2E%2Fadmin")]
    [InlineData("//evil.example/x")]
    [InlineData("/redirect?to=http://evil.example")]
    [InlineData("/a\\..\\b")]
    [InlineData("/a b")]
    public void ValidatePath_EscapingPath_IsRejected(string path)
    {
        Assert.NotNull(UpstreamUrl.ValidatePath(path));
    }

    [Fact]
    public void Build_BasePathAndQuery_StayUnderBase()
    {
        var url = UpstreamUrl.Build(new Uri("https://api.example/v1/"), "/orders/42", [new("q", "a b&c"), new("q", "2")]);

        Assert.Equal("https://api.example/v1/orders/42?q=a%20b%26c&q=2", url!.AbsoluteUri);
    }

    [Fact]
    public void Build_BaseWithoutTrailingSlash_KeepsBasePath()
    {
        var url = UpstreamUrl.Build(new Uri("http://127.0.0.1:5100/api"), "/orders", []);

        Assert.Equal("http://127.0.0.1:5100/api/orders", url!.AbsoluteUri);
    }
}
