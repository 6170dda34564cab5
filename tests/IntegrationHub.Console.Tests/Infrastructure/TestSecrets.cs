namespace IntegrationHub.Console.Tests.Infrastructure;

/// <summary>Secret values that tests type into the console besides the orders sample's demo credentials.</summary>
public static class TestSecrets
{
    /// <summary>An API key that IntegrationHub does not know.</summary>
    public const string WrongKey = "ihk_not-a-known-key-0000000000000000";

    /// <summary>A secret typed into a form that the service then rejects for another field; the re-rendered form must not echo it.</summary>
    public const string TypedThenRejected = "typed-then-rejected-secret";
}
