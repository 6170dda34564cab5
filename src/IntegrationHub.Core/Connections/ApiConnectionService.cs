using System.Text.Json;
using IntegrationHub.Common;
using IntegrationHub.Methods;
using IntegrationHub.Validation;

namespace IntegrationHub.Connections;

/// <summary>Creates, changes and deletes API connections; the admin API and the console both call it.</summary>
public sealed class ApiConnectionService
{
    private readonly IApiConnectionStore _store;
    private readonly IAuthenticationMethodStore _methods;
    private readonly TimeProvider _timeProvider;

    public ApiConnectionService(IApiConnectionStore store, IAuthenticationMethodStore methods, TimeProvider timeProvider)
    {
        _store = store;
        _methods = methods;
        _timeProvider = timeProvider;
    }

    public Task<IReadOnlyList<ApiConnection>> ListAsync(CancellationToken cancellationToken = default) => _store.ListAsync(cancellationToken);

    public Task<ApiConnection?> FindAsync(Guid id, CancellationToken cancellationToken = default) => _store.FindAsync(id, cancellationToken);

    /// <summary>Finds a connection by id, or by name when the reference is not a UUID or no connection has that id.</summary>
    public async Task<ApiConnection?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default)
    {
        if (Guid.TryParse(reference, out var id) && await _store.FindAsync(id, cancellationToken) is { } byId)
        {
            return byId;
        }

        return await _store.FindByNameAsync(reference, cancellationToken);
    }

    public async Task<OperationResult<ApiConnection>> CreateAsync(JsonElement body, CancellationToken cancellationToken = default)
    {
        var (draft, errors) = await ReadAsync(body, cancellationToken);
        if (draft is null)
        {
            return OperationResult<ApiConnection>.Invalid(errors);
        }

        var now = _timeProvider.GetUtcNow();
        var connection = new ApiConnection(Guid.NewGuid(), draft.Name, draft.Description, draft.Sandbox, draft.Production, now, now, Version: 1);
        var result = await _store.AddAsync(connection, cancellationToken);
        return result.Status == StoreWriteStatus.Succeeded ? OperationResult<ApiConnection>.Success(connection) : ToFailure(result, connection.Name);
    }

    public async Task<OperationResult<ApiConnection>> UpdateAsync(Guid id, JsonElement body, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        var existing = await _store.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return NotFound(id);
        }

        if (expectedVersion is not null && expectedVersion != existing.Version)
        {
            return ToFailure(StoreWriteResult.VersionMismatch, existing.Name);
        }

        var (draft, errors) = await ReadAsync(body, cancellationToken);
        if (draft is null)
        {
            return OperationResult<ApiConnection>.Invalid(errors);
        }

        var updated = existing with
        {
            Name = draft.Name,
            Description = draft.Description,
            Sandbox = draft.Sandbox,
            Production = draft.Production,
            UpdatedAt = _timeProvider.GetUtcNow(),
            Version = existing.Version + 1,
        };
        var result = await _store.UpdateAsync(updated, existing.Version, cancellationToken);
        return result.Status == StoreWriteStatus.Succeeded ? OperationResult<ApiConnection>.Success(updated) : ToFailure(result, updated.Name);
    }

    public async Task<OperationResult<ApiConnection>> DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        var existing = await _store.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return NotFound(id);
        }

        var result = await _store.DeleteAsync(id, expectedVersion, cancellationToken);
        return result.Status == StoreWriteStatus.Succeeded ? OperationResult<ApiConnection>.Success(existing) : ToFailure(result, existing.Name);
    }

    private async Task<(ApiConnectionDraft? Draft, ValidationErrors Errors)> ReadAsync(JsonElement body, CancellationToken cancellationToken)
    {
        var methodIds = (await _methods.ListAsync(cancellationToken)).Select(m => m.Id).ToHashSet();
        var errors = new ValidationErrors();
        var draft = ApiConnectionReader.Read(body, methodIds.Contains, errors);
        return (draft, errors);
    }

    private static OperationResult<ApiConnection> NotFound(Guid id) =>
        OperationResult<ApiConnection>.Failure(OperationStatus.NotFound, $"No API connection has the id '{id}'.");

    private static OperationResult<ApiConnection> ToFailure(StoreWriteResult result, string name) => result.Status switch
    {
        StoreWriteStatus.NameConflict => OperationResult<ApiConnection>.Failure(OperationStatus.Conflict, $"An API connection named '{name}' already exists; choose another name."),
        StoreWriteStatus.VersionMismatch => OperationResult<ApiConnection>.Failure(OperationStatus.PreconditionFailed, "The connection changed since it was read; read it again and reapply the change with the new ETag."),
        StoreWriteStatus.NotFound => OperationResult<ApiConnection>.Failure(OperationStatus.NotFound, $"The API connection '{name}' no longer exists."),
        StoreWriteStatus.ReferenceNotFound => OperationResult<ApiConnection>.Failure(OperationStatus.Conflict, "A selected authentication method was deleted meanwhile; pick another one."),
        _ => throw new InvalidOperationException($"Unexpected store result {result.Status}."),
    };
}
