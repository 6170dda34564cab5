namespace IntegrationHub.Samples.Orders.Tests;

/// <summary>
/// Options and credentials shared by the tests.
/// </summary>
internal static class TestOptions
{
    /// <summary>A client secret that breaks naive encoding: <c>:</c> splits Basic credentials, <c>+ / %</c> change under form-urlencoding, <c>ü</c> is not ASCII.</summary>
    public const string SpecialSecret = "s3:cr+et/%ü 1";

    public const string RedirectUri = "http://127.0.0.1:5299/test-callback";

    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(10);

    public static OrdersSampleOptions Create() => new()
    {
        MachineClientSecret = SpecialSecret,
        WebClientSecret = "web-" + SpecialSecret,
        WebClientRedirectUris = [RedirectUri],
        AccessTokenLifetime = AccessTokenLifetime,
        BasicPassword = "pässword:with colon",
    };
}
