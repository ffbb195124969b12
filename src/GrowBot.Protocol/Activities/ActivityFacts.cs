using System.Text.Json.Nodes;

namespace GrowBot.Protocol.Activities;

/// <summary>Facts read off an activity the same way everywhere.</summary>
public static class ActivityFacts
{
    /// <summary>Tenant id from <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public static string? TenantId(Activity activity)
    {
        string? fromConversation = activity.Conversation?.TenantId;
        if (!string.IsNullOrEmpty(fromConversation))
        {
            return fromConversation;
        }

        return activity.ChannelData?["tenant"]?["id"] is JsonValue id && id.TryGetValue(out string? tenantId) && tenantId.Length > 0
            ? tenantId
            : null;
    }

    /// <summary>True for channels and group chats (conversation type, or <c>isGroup</c>).</summary>
    public static bool IsGroup(Activity activity)
    {
        string? type = activity.Conversation?.ConversationType;
        return activity.Conversation?.IsGroup == true
            || string.Equals(type, "channel", StringComparison.OrdinalIgnoreCase)
            || string.Equals(type, "groupChat", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Addresses an outgoing activity as an answer to the inbound one: from the bot to the user, in the same
    /// conversation and channel, in the user's locale unless the reply sets its own.
    /// </summary>
    public static void AddressReply(Activity inbound, Activity reply)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId = inbound.ChannelId;
        reply.ServiceUrl = inbound.ServiceUrl;
        reply.From = new ChannelAccount { Id = inbound.Recipient?.Id, Name = inbound.Recipient?.Name };
        reply.Recipient = new ChannelAccount { Id = inbound.From?.Id, Name = inbound.From?.Name, AadObjectId = inbound.From?.AadObjectId };
        reply.Conversation = new ConversationAccount
        {
            Id = inbound.Conversation?.Id,
            ConversationType = inbound.Conversation?.ConversationType,
            TenantId = inbound.Conversation?.TenantId,
            IsGroup = inbound.Conversation?.IsGroup,
        };
        reply.ReplyToId ??= inbound.Id;
        reply.Locale ??= inbound.Locale;
    }
}

/// <summary>Removes the bot's own @mention from message text.</summary>
public static class MentionText
{
    /// <summary>
    /// Removes the text of each mention entity whose <c>mentioned.id</c> is the bot (<c>recipient.id</c>); mentions of
    /// other people stay. The mention name can differ from <c>recipient.name</c>, so only the entity is trusted.
    /// </summary>
    public static string StripBotMention(Activity activity)
    {
        string text = activity.Text ?? string.Empty;
        string? botId = activity.Recipient?.Id;
        if (text.Length == 0 || botId is null || activity.Entities is null)
        {
            return text.Trim();
        }

        foreach (JsonObject entity in activity.Entities)
        {
            if (!IsMentionOf(entity, botId) || entity["text"] is not JsonValue mentionValue || !mentionValue.TryGetValue(out string? mentionText) || mentionText.Length == 0)
            {
                continue;
            }

            text = text.Replace(mentionText, string.Empty, StringComparison.Ordinal);
        }

        return text.Trim();
    }

    private static bool IsMentionOf(JsonObject entity, string botId) =>
        entity["type"] is JsonValue type && type.TryGetValue(out string? typeName) && typeName == "mention"
        && entity["mentioned"]?["id"] is JsonValue id && id.TryGetValue(out string? mentionedId)
        && string.Equals(mentionedId, botId, StringComparison.Ordinal);
}

/// <summary>Finds the locale that the user's client asked for.</summary>
public static class LocaleResolver
{
    /// <summary>Returns <c>activity.locale</c>, else the clientInfo entity's locale, else null.</summary>
    public static string? FromActivity(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Locale))
        {
            return activity.Locale;
        }

        foreach (JsonObject entity in activity.Entities ?? [])
        {
            if (entity["type"] is JsonValue type && type.TryGetValue(out string? typeName) && typeName == "clientInfo"
                && entity["locale"] is JsonValue locale && locale.TryGetValue(out string? value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }
}
