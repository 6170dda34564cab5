namespace IntegrationHub.Validation;

/// <summary>Headers that describe the message or the connection; IntegrationHub's HTTP client sets them, so no caller, method or client data may.</summary>
public static class ManagedHeaders
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade", "TE", "Trailer", "Proxy-Connection", "Proxy-Authorization", "Expect",
    };
}
