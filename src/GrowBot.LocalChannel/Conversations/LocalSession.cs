namespace GrowBot.LocalChannel.Conversations;

/// <summary>
/// What a Direct Line token stands for: a persona and a locale, and once Web Chat has started it, the conversation.
/// </summary>
internal sealed class LocalSession
{
    private string? _conversationId;

    public LocalSession(string personaKey, string locale)
    {
        PersonaKey = personaKey;
        Locale = locale;
    }

    public string PersonaKey { get; }

    public string Locale { get; }

    public string? ConversationId => Volatile.Read(ref _conversationId);

    /// <summary>Binds the session to a conversation once; returns the conversation id bound first.</summary>
    public string BindConversation(string conversationId) =>
        Interlocked.CompareExchange(ref _conversationId, conversationId, null) ?? conversationId;
}
