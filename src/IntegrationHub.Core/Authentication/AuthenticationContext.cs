using IntegrationHub.Connections;
using IntegrationHub.Conversations;
using IntegrationHub.Methods;

namespace IntegrationHub.Authentication;

/// <summary>What an authenticator needs to build credentials for one upstream request.</summary>
/// <param name="ClientData">The conversation's current client data; loaded only for methods that read it.</param>
/// <param name="ClientValues">The parsed <c>auth</c> object of <paramref name="ClientData"/>.</param>
public sealed record AuthenticationContext(
    string ConversationId,
    AuthenticationMethod Method,
    ApiEnvironment Environment,
    ConversationClientData? ClientData,
    ClientDataValues? ClientValues);
