using IntegrationHub.Conversations;
using IntegrationHub.Secrets;
using IntegrationHub.Storage.Database;

namespace IntegrationHub.Storage.Conversations;

/// <summary>Maps client data and tokens to their rows and back, encrypting the auth JSON and the tokens.</summary>
internal sealed class ConversationMapper(ISecretProtector protector)
{
    public ConversationClientDataEntity ToEntity(ConversationClientData data)
    {
        var entity = new ConversationClientDataEntity { ConversationId = data.ConversationId, ProtectedAuthJson = string.Empty };
        Apply(data, entity);
        return entity;
    }

    public void Apply(ConversationClientData data, ConversationClientDataEntity entity)
    {
        entity.DataId = data.DataId;
        entity.CustomerExternalId = data.CustomerExternalId;
        entity.ProtectedAuthJson = protector.Protect(data.AuthJson.Reveal());
        entity.ReceivedAtUtcTicks = UtcTicks.From(data.ReceivedAt);
        entity.StreamId = data.StreamId;
    }

    public ConversationClientData ToDomain(ConversationClientDataEntity entity) => new(
        entity.ConversationId,
        entity.DataId,
        entity.CustomerExternalId,
        new Secret(protector.Unprotect(entity.ProtectedAuthJson)),
        UtcTicks.ToDateTimeOffset(entity.ReceivedAtUtcTicks),
        entity.StreamId);

    public ConversationTokenEntity ToEntity(string conversationId, Guid methodId, ConversationToken token)
    {
        var entity = new ConversationTokenEntity
        {
            ConversationId = conversationId,
            AuthenticationMethodId = methodId,
            ProtectedAccessToken = string.Empty,
            CodeHash = token.CodeHash,
        };
        Apply(token, entity);
        return entity;
    }

    public void Apply(ConversationToken token, ConversationTokenEntity entity)
    {
        entity.DataId = token.DataId;
        entity.ProtectedAccessToken = protector.Protect(token.AccessToken.Reveal());
        entity.ProtectedRefreshToken = token.RefreshToken is null ? null : protector.Protect(token.RefreshToken.Reveal());
        entity.ExpiresAtUtcTicks = UtcTicks.From(token.ExpiresAt);
        entity.CodeHash = token.CodeHash;
        entity.MethodVersion = token.MethodVersion;
    }

    public ConversationToken ToDomain(ConversationTokenEntity entity) => new(
        entity.DataId,
        new Secret(protector.Unprotect(entity.ProtectedAccessToken)),
        entity.ProtectedRefreshToken is null ? null : new Secret(protector.Unprotect(entity.ProtectedRefreshToken)),
        UtcTicks.ToDateTimeOffset(entity.ExpiresAtUtcTicks),
        entity.CodeHash,
        entity.MethodVersion);
}
