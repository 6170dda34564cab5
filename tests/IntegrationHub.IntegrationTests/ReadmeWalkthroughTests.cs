using System.Diagnostics;
using System.Text;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Samples.Orders;

namespace IntegrationHub.IntegrationTests;

/// <summary>Runs the README walkthrough's shell commands against the sample and IntegrationHub, so that the README stays correct.</summary>
public sealed class ReadmeWalkthroughTests
{
    [Fact]
    public async Task Walkthrough_RunsAsWritten()
    {
        var script = ExtractWalkthroughScript(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "README.md"), TestContext.Current.CancellationToken));
        await using var orders = await OrdersSampleServer.StartAsync(new OrdersSampleOptions(), TestContext.Current.CancellationToken);
        await using var hub = HubHost.Start();
        var workDirectory = Directory.CreateTempSubdirectory("integrationhub-walkthrough-").FullName;

        var (exitCode, output) = await RunBashAsync(script, workDirectory, new Dictionary<string, string>
        {
            ["HUB"] = hub.BaseAddress.AbsoluteUri.TrimEnd('/'),
            ["ORDERS"] = orders.BaseAddress.AbsoluteUri.TrimEnd('/'),
            ["KEY"] = HubHost.AdminKey,
        });

        Assert.True(exitCode == 0, $"The walkthrough failed with exit code {exitCode}:\n{output}");
        Assert.Contains("\"caller\": \"orders-machine\"", output, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"missingClientData\"", output, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"upstreamUnauthorized\"", output, StringComparison.Ordinal);
        Assert.Contains("\"caller\": \"demo-user\"", output, StringComparison.Ordinal);
        Assert.Contains("{\"type\":\"authenticationRequested\",\"conversationId\":\"conv-2\",\"reason\":\"upstreamUnauthorized\"}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("stale-key", output, StringComparison.Ordinal);
    }

    /// <summary>Joins the bash blocks of the walkthrough section, except the one that starts the servers.</summary>
    private static string ExtractWalkthroughScript(string readme)
    {
        var start = readme.IndexOf("## Walkthrough", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..end];
        var script = new StringBuilder("set -euo pipefail\n");
        var index = 0;
        while ((index = section.IndexOf("```bash\n", index, StringComparison.Ordinal)) >= 0)
        {
            var blockEnd = section.IndexOf("\n```", index, StringComparison.Ordinal);
            var block = section[(index + "```bash\n".Length)..blockEnd];
            if (!block.Contains("dotnet run", StringComparison.Ordinal))
            {
                script.AppendLine(block);
            }

            index = blockEnd + 4;
        }

        return script.ToString();
    }

    private static async Task<(int ExitCode, string Output)> RunBashAsync(string script, string workDirectory, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
