namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>
/// Fails each test after which the shared hub's log output contains a known secret.
/// </summary>
/// <remarks>The check runs per test because a failure in class fixture cleanup is not counted as a failed test by <c>dotnet test</c>.</remarks>
public abstract class LeakCheckedTests(ILeakCheckedFixture fixture) : IAsyncLifetime
{
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        var leaks = fixture.FindLeakedSecrets();
        return leaks.Count == 0
            ? ValueTask.CompletedTask
            : throw new InvalidOperationException("Log entries contain a secret or client data:\n" + string.Join("\n", leaks));
    }
}
