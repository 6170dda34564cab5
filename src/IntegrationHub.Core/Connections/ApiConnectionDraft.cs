namespace IntegrationHub.Connections;

/// <summary>A validated create or update request for an API connection.</summary>
public sealed record ApiConnectionDraft(string Name, string Description, ConnectionEnvironment? Sandbox, ConnectionEnvironment? Production);
