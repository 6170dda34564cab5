using IntegrationHub.Secrets;

namespace IntegrationHub.Methods;

/// <summary>Settings of an HTTP Basic method (RFC 7617).</summary>
public sealed record BasicSettings(string Username, Secret Password) : AuthenticationMethodSettings
{
    public override AuthenticationMethodType Type => AuthenticationMethodType.Basic;
}
