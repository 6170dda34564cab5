namespace IntegrationHub.Events;

/// <summary>The event type names; <see cref="All"/> is what <c>POST /v1/streams</c> returns as <c>messageTypes</c>.</summary>
public static class HubEventTypes
{
    public const string AuthenticationRequested = "authenticationRequested";
    public const string AuthenticationReceived = "authenticationReceived";

    public static IReadOnlyList<string> All { get; } = [AuthenticationRequested, AuthenticationReceived];
}
