namespace IntegrationHub.Methods;

/// <summary>Whether a method reads the conversation's client authentication data, and for how long that data stays usable.</summary>
/// <param name="Validity">How long client data stays usable after it was posted; <see langword="null"/> means no limit.</param>
public sealed record ClientAuthenticationSettings(bool Enabled, TimeSpan? Validity);
