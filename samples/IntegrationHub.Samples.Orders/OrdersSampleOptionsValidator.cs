using Microsoft.Extensions.Options;

namespace IntegrationHub.Samples.Orders;

/// <summary>
/// Checks <see cref="OrdersSampleOptions"/> and reports every invalid value at once.
/// </summary>
internal sealed class OrdersSampleOptionsValidator : IValidateOptions<OrdersSampleOptions>
{
    public ValidateOptionsResult Validate(string? name, OrdersSampleOptions options)
    {
        var failures = new List<string>();

        RequireValue(failures, nameof(options.MachineClientId), options.MachineClientId);
        RequireValue(failures, nameof(options.MachineClientSecret), options.MachineClientSecret);
        RequireValue(failures, nameof(options.WebClientId), options.WebClientId);
        RequireValue(failures, nameof(options.WebClientSecret), options.WebClientSecret);
        RequireValue(failures, nameof(options.DemoUserSubject), options.DemoUserSubject);
        RequireValue(failures, nameof(options.BasicUserName), options.BasicUserName);
        RequireValue(failures, nameof(options.BasicPassword), options.BasicPassword);
        RequireValue(failures, nameof(options.ApiKey), options.ApiKey);

        if (string.Equals(options.MachineClientId, options.WebClientId, StringComparison.Ordinal))
        {
            failures.Add($"{nameof(options.MachineClientId)} and {nameof(options.WebClientId)} must differ, but both are '{options.WebClientId}'.");
        }

        // A client credentials token has the client id as subject, and a user token must not look like one.
        foreach (var (propertyName, clientId) in new[] { (nameof(options.MachineClientId), options.MachineClientId), (nameof(options.WebClientId), options.WebClientId) })
        {
            if (string.Equals(clientId, options.DemoUserSubject, StringComparison.Ordinal))
            {
                failures.Add($"{propertyName} and {nameof(options.DemoUserSubject)} must differ, but both are '{clientId}'.");
            }
        }

        if (options.BasicUserName?.Contains(':', StringComparison.Ordinal) == true)
        {
            failures.Add($"{nameof(options.BasicUserName)} must not contain a colon (RFC 7617 section 2).");
        }

        foreach (var redirectUri in options.WebClientRedirectUris ?? [])
        {
            if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out _))
            {
                failures.Add($"{nameof(options.WebClientRedirectUris)} contains '{redirectUri}', which is not an absolute URI.");
            }
        }

        RequirePositive(failures, nameof(options.AccessTokenLifetime), options.AccessTokenLifetime);
        RequirePositive(failures, nameof(options.RefreshTokenLifetime), options.RefreshTokenLifetime);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireValue(List<string> failures, string propertyName, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            failures.Add($"{propertyName} is missing; set a non-empty value.");
        }
    }

    private static void RequirePositive(List<string> failures, string propertyName, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{propertyName} must be positive, but is {value}.");
        }
    }
}
