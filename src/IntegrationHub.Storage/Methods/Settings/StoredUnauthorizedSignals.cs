namespace IntegrationHub.Storage.Methods.Settings;

/// <summary>The stored form of <see cref="IntegrationHub.Methods.UnauthorizedSignals"/>.</summary>
internal sealed class StoredUnauthorizedSignals
{
    public List<int> StatusCodes { get; set; } = [];

    public List<StoredBodyCondition> BodyConditions { get; set; } = [];
}
