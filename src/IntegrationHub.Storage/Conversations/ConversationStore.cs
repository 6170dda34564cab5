using IntegrationHub.Conversations;
using IntegrationHub.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Conversations;

/// <summary>Stores each conversation's client data and tokens in the database, encrypted.</summary>
/// <remarks>
/// Writes that read first run in a transaction. On SQLite a transaction takes the write lock when it begins,
/// so a token save and a replacement of the client data cannot interleave.
/// </remarks>
internal sealed class ConversationStore(
    IDbContextFactory<IntegrationHubDbContext> dbContextFactory,
    ConversationMapper mapper) : IConversationStore
{
    public async Task<ConversationClientData?> GetClientDataAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.ConversationClientData
            .AsNoTracking()
            .FirstOrDefaultAsync(data => data.ConversationId == conversationId, cancellationToken);
        return entity is null ? null : mapper.ToDomain(entity);
    }

    public async Task ReplaceClientDataAsync(ConversationClientData data, IReadOnlySet<string>? retainedCodeHashes = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var retained = retainedCodeHashes?.ToList() ?? [];
        await db.ConversationTokens
            .Where(token => token.ConversationId == data.ConversationId && !retained.Contains(token.CodeHash))
            .ExecuteDeleteAsync(cancellationToken);
        await db.ConversationTokens
            .Where(token => token.ConversationId == data.ConversationId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(token => token.DataId, data.DataId), cancellationToken);

        var entity = await db.ConversationClientData
            .FirstOrDefaultAsync(existing => existing.ConversationId == data.ConversationId, cancellationToken);
        if (entity is null)
        {
            db.ConversationClientData.Add(mapper.ToEntity(data));
        }
        else
        {
            mapper.Apply(data, entity);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<KeyValuePair<Guid, ConversationToken>>> ListTokensAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await db.ConversationTokens
            .AsNoTracking()
            .Where(token => token.ConversationId == conversationId)
            .ToListAsync(cancellationToken);
        return [.. entities.Select(entity => KeyValuePair.Create(entity.AuthenticationMethodId, mapper.ToDomain(entity)))];
    }

    public async Task<bool> DeleteClientDataAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);

        // The tokens go with the client data through the cascading foreign key.
        var deleted = await db.ConversationClientData
            .Where(data => data.ConversationId == conversationId)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted > 0;
    }

    public async Task<ConversationToken?> GetTokenAsync(string conversationId, Guid methodId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.ConversationTokens
            .AsNoTracking()
            .FirstOrDefaultAsync(
                token => token.ConversationId == conversationId && token.AuthenticationMethodId == methodId,
                cancellationToken);
        return entity is null ? null : mapper.ToDomain(entity);
    }

    public async Task<bool> SaveTokenAsync(
        string conversationId,
        Guid methodId,
        ConversationToken token,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A token obtained from client data that has since been replaced or deleted must not be kept.
        var currentDataId = await db.ConversationClientData
            .Where(data => data.ConversationId == conversationId)
            .Select(data => (Guid?)data.DataId)
            .FirstOrDefaultAsync(cancellationToken);
        if (currentDataId != token.DataId)
        {
            return false;
        }

        var entity = await db.ConversationTokens.FirstOrDefaultAsync(
            existing => existing.ConversationId == conversationId && existing.AuthenticationMethodId == methodId,
            cancellationToken);
        if (entity is null)
        {
            db.ConversationTokens.Add(mapper.ToEntity(conversationId, methodId, token));
        }
        else
        {
            mapper.Apply(token, entity);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task DeleteTokenAsync(string conversationId, Guid methodId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        await db.ConversationTokens
            .Where(token => token.ConversationId == conversationId && token.AuthenticationMethodId == methodId)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
