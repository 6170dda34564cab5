using IntegrationHub.Conversations;

namespace IntegrationHub.Storage.Conversations;

/// <summary>The row of a <see cref="ConversationToken"/> that one method obtained for one conversation.</summary>
internal sealed class ConversationTokenEntity
{
    public required string ConversationId { get; set; }

    public Guid AuthenticationMethodId { get; set; }

    public Guid DataId { get; set; }

    public required string ProtectedAccessToken { get; set; }

    public string? ProtectedRefreshToken { get; set; }

    public long ExpiresAtUtcTicks { get; set; }

    public required string CodeHash { get; set; }

    public long MethodVersion { get; set; }
}
