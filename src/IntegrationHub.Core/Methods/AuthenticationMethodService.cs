using System.Text.Json;
using IntegrationHub.Common;
using IntegrationHub.Methods.Validation;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods;

/// <summary>Creates, changes and deletes authentication methods; the admin API and the console both call it.</summary>
public sealed class AuthenticationMethodService
{
    private readonly IAuthenticationMethodStore _store;
    private readonly TimeProvider _timeProvider;

    public AuthenticationMethodService(IAuthenticationMethodStore store, TimeProvider timeProvider)
    {
        _store = store;
        _timeProvider = timeProvider;
    }

    public Task<IReadOnlyList<AuthenticationMethod>> ListAsync(CancellationToken cancellationToken = default) =>
        _store.ListAsync(cancellationToken);

    public Task<AuthenticationMethod?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        _store.FindAsync(id, cancellationToken);

    public async Task<OperationResult<AuthenticationMethod>> CreateAsync(JsonElement body, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var draft = AuthenticationMethodReader.Read(body, existing: null, errors);
        if (draft is null)
        {
            return OperationResult<AuthenticationMethod>.Invalid(errors);
        }

        var now = _timeProvider.GetUtcNow();
        var method = new AuthenticationMethod(Guid.NewGuid(), draft.Name, draft.Description, draft.Settings, ReadOnly: false, now, now, Version: 1);
        var result = await _store.AddAsync(method, cancellationToken);
        return result.Status == StoreWriteStatus.Succeeded
            ? OperationResult<AuthenticationMethod>.Success(method)
            : ToFailure(result, method.Name);
    }

    /// <summary>Replaces a method's name, description and settings; secrets that the body omits keep their stored values.</summary>
    /// <param name="expectedVersion">The version from <c>If-Match</c>, or <see langword="null"/> to skip the check.</param>
    public async Task<OperationResult<AuthenticationMethod>> UpdateAsync(Guid id, JsonElement body, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        var existing = await _store.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return NotFound(id);
        }

        if (existing.ReadOnly)
        {
            return OperationResult<AuthenticationMethod>.Failure(OperationStatus.ReadOnly, $"The method '{existing.Name}' is read-only and cannot be changed.");
        }

        if (expectedVersion is not null && expectedVersion != existing.Version)
        {
            return StaleVersion();
        }

        var errors = new ValidationErrors();
        var draft = AuthenticationMethodReader.Read(body, existing, errors);
        if (draft is null)
        {
            return OperationResult<AuthenticationMethod>.Invalid(errors);
        }

        var updated = existing with
        {
            Name = draft.Name,
            Description = draft.Description,
            Settings = draft.Settings,
            UpdatedAt = _timeProvider.GetUtcNow(),
            Version = existing.Version + 1,
        };
        var result = await _store.UpdateAsync(updated, existing.Version, cancellationToken);
        return result.Status == StoreWriteStatus.Succeeded
            ? OperationResult<AuthenticationMethod>.Success(updated)
            : ToFailure(result, updated.Name);
    }

    public async Task<OperationResult<AuthenticationMethod>> DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        var existing = await _store.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return NotFound(id);
        }

        if (existing.ReadOnly)
        {
            return OperationResult<AuthenticationMethod>.Failure(OperationStatus.ReadOnly, $"The method '{existing.Name}' is read-only and cannot be deleted.");
        }

        var result = await _store.DeleteAsync(id, expectedVersion, cancellationToken);
        return result.Status == StoreWriteStatus.Succeeded
            ? OperationResult<AuthenticationMethod>.Success(existing)
            : ToFailure(result, existing.Name);
    }

    private static OperationResult<AuthenticationMethod> NotFound(Guid id) =>
        OperationResult<AuthenticationMethod>.Failure(OperationStatus.NotFound, $"No authentication method has the id '{id}'.");

    private static OperationResult<AuthenticationMethod> StaleVersion() =>
        OperationResult<AuthenticationMethod>.Failure(OperationStatus.PreconditionFailed, "The method changed since it was read; read it again and reapply the change with the new ETag.");

    private static OperationResult<AuthenticationMethod> ToFailure(StoreWriteResult result, string name) => result.Status switch
    {
        StoreWriteStatus.NameConflict => OperationResult<AuthenticationMethod>.Failure(OperationStatus.Conflict, $"An authentication method named '{name}' already exists; choose another name."),
        StoreWriteStatus.VersionMismatch => StaleVersion(),
        StoreWriteStatus.NotFound => OperationResult<AuthenticationMethod>.Failure(OperationStatus.NotFound, $"The authentication method '{name}' no longer exists."),
        StoreWriteStatus.InUse => OperationResult<AuthenticationMethod>.Failure(
            OperationStatus.Conflict,
            $"The method '{name}' is used by the API connections {string.Join(", ", result.ReferencedBy.Select(n => $"'{n}'"))}; select another method there first.",
            result.ReferencedBy),
        _ => throw new InvalidOperationException($"Unexpected store result {result.Status}."),
    };
}
