using System.Collections.Concurrent;
using System.Security.Cryptography;
using GrowBot.LocalChannel.Personas;
using Microsoft.Extensions.Options;

namespace GrowBot.LocalChannel.Conversations;

/// <summary>
/// Tokens and conversations of the local channel, in memory only: they end with the process, which suits a
/// developer's browser session.
/// </summary>
internal sealed class LocalConversationStore
{
    private readonly ConcurrentDictionary<string, (LocalSession Session, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LocalConversation> _conversations = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly IOptionsMonitor<LocalChannelOptions> _options;

    public LocalConversationStore(TimeProvider timeProvider, IOptionsMonitor<LocalChannelOptions> options)
    {
        _timeProvider = timeProvider;
        _options = options;
    }

    public TimeSpan TokenLifetime => TimeSpan.FromSeconds(Math.Max(60, _options.CurrentValue.TokenLifetimeSeconds));

    /// <summary>Issues a random token for the session.</summary>
    public string IssueToken(LocalSession session)
    {
        RemoveExpiredTokens();
        string token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _tokens[token] = (session, _timeProvider.GetUtcNow() + TokenLifetime);
        return token;
    }

    /// <summary>Returns the session of a token that exists and has not expired, else null.</summary>
    public LocalSession? FindSession(string? token)
    {
        if (string.IsNullOrEmpty(token) || !_tokens.TryGetValue(token, out var entry))
        {
            return null;
        }

        return entry.ExpiresAt > _timeProvider.GetUtcNow() ? entry.Session : null;
    }

    /// <summary>Creates a conversation of the persona; drops the oldest conversations beyond the configured maximum.</summary>
    public LocalConversation CreateConversation(LocalPersona persona, string locale)
    {
        string id = "a:local-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        LocalConversation conversation = new(id, persona, locale, _timeProvider.GetUtcNow());
        _conversations[id] = conversation;
        RemoveOldestConversations();
        return conversation;
    }

    public LocalConversation? FindConversation(string? conversationId) =>
        conversationId is not null && _conversations.TryGetValue(conversationId, out LocalConversation? conversation) ? conversation : null;

    public void RemoveConversation(string conversationId) => _conversations.TryRemove(conversationId, out _);

    /// <summary>Returns the newest conversation of a persona (for proactive messages), or null.</summary>
    public LocalConversation? FindLatestConversationOf(string personaKey) =>
        _conversations.Values
            .Where(c => string.Equals(c.Persona.Key, personaKey, StringComparison.Ordinal))
            .MaxBy(c => c.CreatedAt);

    private void RemoveExpiredTokens()
    {
        DateTimeOffset now = _timeProvider.GetUtcNow();
        foreach (var (token, entry) in _tokens)
        {
            if (entry.ExpiresAt <= now)
            {
                _tokens.TryRemove(token, out _);
            }
        }
    }

    private void RemoveOldestConversations()
    {
        int excess = _conversations.Count - Math.Max(1, _options.CurrentValue.MaxConversations);
        if (excess <= 0)
        {
            return;
        }

        foreach (LocalConversation oldest in _conversations.Values.OrderBy(c => c.CreatedAt).Take(excess).ToList())
        {
            _conversations.TryRemove(oldest.Id, out _);
        }
    }
}
