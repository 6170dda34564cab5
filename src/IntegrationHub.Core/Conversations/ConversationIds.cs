namespace IntegrationHub.Conversations;

/// <summary>Rules for conversation ids, which callers choose.</summary>
public static class ConversationIds
{
    public const int MaxLength = 200;

    /// <summary>Returns an error message for an invalid conversation id, or <see langword="null"/> when it is valid.</summary>
    public static string? Validate(string? conversationId) =>
        string.IsNullOrWhiteSpace(conversationId) || conversationId.Length > MaxLength || conversationId.Any(char.IsControl)
            ? $"The conversation id must be 1 to {MaxLength} characters long, without control characters."
            : null;
}
