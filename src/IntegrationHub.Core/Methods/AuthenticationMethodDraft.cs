namespace IntegrationHub.Methods;

/// <summary>A validated create or update request for an authentication method.</summary>
public sealed record AuthenticationMethodDraft(string Name, string Description, AuthenticationMethodSettings Settings);
