namespace IntegrationHub.Server.WebConsole;

/// <summary>Names of the web console's cookie authentication scheme, its policy and its paths.</summary>
internal static class ConsoleDefaults
{
    public const string Scheme = "Console";
    public const string Policy = "console";
    public const string CookieName = "IntegrationHub.Console";
    public const string AntiforgeryCookieName = "IntegrationHub.Console.Antiforgery";
    public const string SignInPath = "/sign-in";
    public const string SignOutPath = "/sign-out";
    public const string ReturnUrlParameter = "returnUrl";

    /// <summary>How long a console session cookie is valid; a request in the second half of that time renews it (sliding expiration).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);
}
