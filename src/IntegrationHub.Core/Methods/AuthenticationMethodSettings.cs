namespace IntegrationHub.Methods;

/// <summary>The type-specific settings of an authentication method.</summary>
public abstract record AuthenticationMethodSettings
{
    public abstract AuthenticationMethodType Type { get; }

    /// <summary>Client authentication settings, or <see langword="null"/> when the type has none.</summary>
    public virtual ClientAuthenticationSettings? ClientAuthentication => null;
}
