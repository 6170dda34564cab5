namespace IntegrationHub.Console.Tests.Infrastructure;

/// <summary>Paths in the repository that the tests write to.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder of <c>IntegrationHub.slnx</c>, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The folder of the console screenshots that <c>docs/console.md</c> shows.</summary>
    /// <summary>
    /// Where screenshots go: <c>docs/console</c> when the environment variable <c>UPDATE_CONSOLE_SCREENSHOTS</c> is <c>1</c>,
    /// otherwise <c>TestResults/console</c>, so that an ordinary test run leaves the committed pictures alone.
    /// </summary>
    public static string Screenshots => Environment.GetEnvironmentVariable("UPDATE_CONSOLE_SCREENSHOTS") == "1"
        ? Path.Combine(Root, "docs", "console")
        : Path.Combine(Root, "TestResults", "console");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntegrationHub.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No IntegrationHub.slnx above {AppContext.BaseDirectory}; run the tests from a clone of the repository.");
    }
}
