using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Connector;

namespace GrowBot.Protocol.Hosting;

/// <summary>
/// One inbound activity and the means to answer it in its conversation.
/// </summary>
public sealed class TurnContext
{
    private readonly IConnectorClient _connector;

    public TurnContext(Activity activity, IConnectorClient connector)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(connector);
        Activity = activity;
        _connector = connector;
        Text = MentionText.StripBotMention(activity);
        RequestedLocale = LocaleResolver.FromActivity(activity);
    }

    public Activity Activity { get; }

    /// <summary>The message text without the bot's own @mention, trimmed; empty when there is none.</summary>
    public string Text { get; }

    /// <summary><c>activity.locale</c>, else the clientInfo entity's locale, else null (the caller applies the tenant default).</summary>
    public string? RequestedLocale { get; }

    /// <summary>Tenant id from <c>conversation.tenantId</c> or <c>channelData.tenant.id</c>.</summary>
    public string? TenantId => ActivityFacts.TenantId(Activity);

    /// <summary>True in channels and group chats, where the bot never shows personal data.</summary>
    public bool IsGroupConversation => ActivityFacts.IsGroup(Activity);

    public IConnectorClient Connector => _connector;

    /// <summary>
    /// Sends an activity to this turn's conversation, addressed from the bot to the user; returns its id, or null
    /// when the channel returned none.
    /// </summary>
    public Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ActivityFacts.AddressReply(Activity, reply);
        return _connector.SendToConversationAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, reply, cancellationToken);
    }

    /// <summary>Replaces an activity the bot sent earlier in this conversation (a card that refreshes in place).</summary>
    public Task UpdateAsync(string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        ActivityFacts.AddressReply(Activity, replacement);
        replacement.Id = activityId;
        return _connector.UpdateActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, replacement, cancellationToken);
    }
}
