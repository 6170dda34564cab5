namespace IntegrationHub.Server.Contracts;

/// <summary>The environments of a connection; an absent environment is <see langword="null"/>.</summary>
public sealed record ApiConnectionEnvironments(ApiConnectionEnvironment? Sandbox, ApiConnectionEnvironment? Production);
