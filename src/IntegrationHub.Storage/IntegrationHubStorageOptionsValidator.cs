using IntegrationHub.Storage.Database;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Storage;

/// <summary>Checks <see cref="IntegrationHubStorageOptions"/> and reports every problem at once.</summary>
internal sealed class IntegrationHubStorageOptionsValidator(IDatabaseProvider databaseProvider)
    : IValidateOptions<IntegrationHubStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, IntegrationHubStorageOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add($"{nameof(IntegrationHubStorageOptions.DataDirectory)} is missing. Set it to the absolute path of the data folder.");
        }
        else if (!Path.IsPathFullyQualified(options.DataDirectory))
        {
            failures.Add(
                $"{nameof(IntegrationHubStorageOptions.DataDirectory)} '{options.DataDirectory}' is not an absolute path. " +
                "Resolve it against the content root before passing it in.");
        }

        if (options.ConnectionString is not null)
        {
            var connectionStringError = databaseProvider.ValidateConnectionString(options.ConnectionString);
            if (connectionStringError is not null)
            {
                failures.Add($"{nameof(IntegrationHubStorageOptions.ConnectionString)} is invalid: {connectionStringError}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
