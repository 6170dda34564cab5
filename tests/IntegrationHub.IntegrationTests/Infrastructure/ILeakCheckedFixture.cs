namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>A fixture that can list the log entries of its hub that contain a secret or piece of client data that its tests use.</summary>
public interface ILeakCheckedFixture
{
    IReadOnlyList<string> FindLeakedSecrets();
}
