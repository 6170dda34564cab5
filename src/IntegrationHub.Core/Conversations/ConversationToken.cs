using IntegrationHub.Secrets;

namespace IntegrationHub.Conversations;

/// <summary>Tokens that an authorization code method obtained for one conversation.</summary>
/// <param name="DataId">The <see cref="ConversationClientData.DataId"/> of the client data the tokens came from.</param>
/// <param name="CodeHash">A SHA-256 hash of the authorization code that was exchanged, so that a code is exchanged once.</param>
/// <param name="MethodVersion">The method version whose settings obtained the tokens; tokens of an older version are not used.</param>
public sealed record ConversationToken(
    Guid DataId,
    Secret AccessToken,
    Secret? RefreshToken,
    DateTimeOffset ExpiresAt,
    string CodeHash,
    long MethodVersion);
