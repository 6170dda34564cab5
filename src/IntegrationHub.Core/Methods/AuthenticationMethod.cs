namespace IntegrationHub.Methods;

/// <summary>A named, reusable recipe that makes an outbound request authentic.</summary>
/// <param name="Version">The concurrency version; the API sends it as the ETag.</param>
public sealed record AuthenticationMethod(
    Guid Id,
    string Name,
    string Description,
    AuthenticationMethodSettings Settings,
    bool ReadOnly,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public AuthenticationMethodType Type => Settings.Type;
}
