using IntegrationHub.Secrets;

namespace IntegrationHub.ApiKeys;

/// <summary>A newly issued key with its plaintext value, which is shown once and never stored.</summary>
public sealed record IssuedApiKey(ApiKey ApiKey, Secret Key);
