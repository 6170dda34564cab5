namespace IntegrationHub.Connections;

/// <summary>One environment of an API connection: where the API is and how requests to it are authenticated.</summary>
public sealed record ConnectionEnvironment(Uri BaseUrl, Guid AuthenticationMethodId);
