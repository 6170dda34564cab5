using IntegrationHub.Secrets;

namespace IntegrationHub.Tests;

public sealed class SecretTests
{
    [Fact]
    public void ToString_Interpolated_IsRedacted()
    {
        var secret = new Secret("hunter2");

        Assert.Equal("[redacted]", $"{secret}");
        Assert.Equal("hunter2", secret.Reveal());
    }

    [Fact]
    public void RecordWithSecret_ToString_IsRedacted()
    {
        var settings = new IntegrationHub.Methods.BasicSettings("user", new Secret("hunter2"));

        Assert.DoesNotContain("hunter2", settings.ToString(), StringComparison.Ordinal);
    }
}
