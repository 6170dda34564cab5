namespace IntegrationHub.Console.Tests.Infrastructure;

/// <summary>Runs the console test classes one after another on one browser and one hub.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "Console";
}
