namespace IntegrationHub.Methods;

/// <summary>Settings of a method that sets one or more headers from templates.</summary>
public sealed record CustomHeaderSettings(
    IReadOnlyList<HeaderSetting> Headers,
    ClientAuthenticationSettings? ClientAuthenticationOrNull) : AuthenticationMethodSettings
{
    public override AuthenticationMethodType Type => AuthenticationMethodType.CustomHeader;

    public override ClientAuthenticationSettings? ClientAuthentication => ClientAuthenticationOrNull;
}
