namespace IntegrationHub.Methods;

/// <summary>The upstream responses that mean the credentials are no longer valid.</summary>
/// <param name="StatusCodes">Statuses that are a signal by themselves.</param>
/// <param name="BodyConditions">Conditions on the JSON body, each a signal by itself whatever the status.</param>
public sealed record UnauthorizedSignals(IReadOnlyList<int> StatusCodes, IReadOnlyList<UnauthorizedBodyCondition> BodyConditions)
{
    /// <summary>The default: status 401 only. A 403 means the credentials are valid but lack permission, so it is not a signal.</summary>
    public static UnauthorizedSignals Default { get; } = new([401], []);
}
