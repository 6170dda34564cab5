using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntegrationHub.Common;
using IntegrationHub.Validation;

namespace IntegrationHub.ApiKeys;

/// <summary>Issues, checks and deletes the API keys that callers of IntegrationHub present.</summary>
public sealed class ApiKeyService
{
    /// <summary>The prefix of every issued key, which makes leaked keys easy to find with secret scanners.</summary>
    public const string KeyPrefix = "ihk_";

    public const int MaxNameLength = 200;

    private readonly IApiKeyStore _store;
    private readonly TimeProvider _timeProvider;

    public ApiKeyService(IApiKeyStore store, TimeProvider timeProvider)
    {
        _store = store;
        _timeProvider = timeProvider;
    }

    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default) => _store.ListAsync(cancellationToken);

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default) => _store.DeleteAsync(id, cancellationToken);

    /// <summary>Returns the stored key that matches a presented key, or <see langword="null"/>.</summary>
    public Task<ApiKey?> FindAsync(string presentedKey, CancellationToken cancellationToken = default) =>
        _store.FindByHashAsync(Hash(presentedKey), cancellationToken);

    /// <summary>Creates a key from a request body; the plaintext key is in the result only.</summary>
    public async Task<OperationResult<IssuedApiKey>> CreateAsync(JsonElement body, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "The request body must be a JSON object.");
            return OperationResult<IssuedApiKey>.Invalid(errors);
        }

        var reader = new JsonFieldReader(body, string.Empty, errors);
        var name = reader.String("name", required: true);
        if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength || name.Any(char.IsControl)))
        {
            errors.Add("name", $"The name must be 1 to {MaxNameLength} characters long, without control characters.");
        }

        var roleText = reader.String("role", required: true);
        ApiKeyRole? role = roleText switch
        {
            null => null,
            "admin" => ApiKeyRole.Admin,
            "runtime" => ApiKeyRole.Runtime,
            _ => null,
        };
        if (roleText is not null && role is null)
        {
            errors.Add("role", $"The role '{roleText}' is not known; use 'admin' or 'runtime'.");
        }

        reader.RejectUnknownFields();
        if (errors.HasErrors)
        {
            return OperationResult<IssuedApiKey>.Invalid(errors);
        }

        var issued = await IssueAsync(name!.Trim(), role!.Value, GenerateKey(), cancellationToken);
        return issued is null
            ? OperationResult<IssuedApiKey>.Failure(OperationStatus.Conflict, $"An API key named '{name.Trim()}' already exists; choose another name.")
            : OperationResult<IssuedApiKey>.Success(issued);
    }

    /// <summary>
    /// Makes sure an admin key exists: stores the configured key when given, otherwise generates one when no admin key exists.
    /// Returns a generated key so that the host can print it once; returns <see langword="null"/> otherwise.
    /// </summary>
    public async Task<string?> EnsureBootstrapKeyAsync(string? configuredKey, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrEmpty(configuredKey))
        {
            if (await FindAsync(configuredKey, cancellationToken) is null)
            {
                await IssueAsync("bootstrap-" + Hash(configuredKey)[..8], ApiKeyRole.Admin, configuredKey, cancellationToken);
            }

            return null;
        }

        if (await _store.AnyAsync(ApiKeyRole.Admin, cancellationToken))
        {
            return null;
        }

        var key = GenerateKey();
        return await IssueAsync("bootstrap", ApiKeyRole.Admin, key, cancellationToken) is null ? null : key;
    }

    private async Task<IssuedApiKey?> IssueAsync(string name, ApiKeyRole role, string key, CancellationToken cancellationToken)
    {
        var apiKey = new ApiKey(Guid.NewGuid(), name, role, Hash(key), _timeProvider.GetUtcNow());
        return await _store.AddAsync(apiKey, cancellationToken) ? new IssuedApiKey(apiKey, new Secrets.Secret(key)) : null;
    }

    private static string GenerateKey() =>
        KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Hashes a key with SHA-256; keys are 256-bit random values, so a fast hash is enough to make the stored form useless to a reader.</summary>
    internal static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
