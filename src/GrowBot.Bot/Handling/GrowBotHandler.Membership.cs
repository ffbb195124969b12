using GrowBot.Bot.Localization;
using GrowBot.Bot.Replies;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Handling;

public sealed partial class GrowBotHandler
{
    private const string PersonalConversationType = "personal";

    /// <summary>
    /// Stores the reference of a personal conversation and welcomes once when the bot itself was added. Users joining a
    /// team are ignored.
    /// </summary>
    private async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        await SavePersonalReferenceAsync(turn, cancellationToken).ConfigureAwait(false);

        Activity activity = turn.Activity;
        string? botId = activity.Recipient?.Id;
        bool botAdded = botId is not null && (activity.MembersAdded ?? []).Any(member => member.Id == botId);
        if (!botAdded || string.IsNullOrEmpty(turn.TenantId) || activity.Conversation?.Id is not { } conversationId)
        {
            _logger.ActivityIgnored(activity.Type, activity.Id);
            return;
        }

        // One welcome per user and conversation; in a team channel or group chat, one per conversation.
        string memberKey = turn.IsGroupConversation ? botId! : activity.From?.Id ?? botId!;
        if (!await _welcomes.TryRecordAsync(turn.TenantId, conversationId, memberKey, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        BotLocale locale = await _locales.SelectAsync(turn, cancellationToken).ConfigureAwait(false);
        var card = turn.IsGroupConversation ? ReplyCards.GroupWelcome(locale) : ReplyCards.Welcome(locale);
        await SendReplyAsync(turn, BotReply.FromCard(card), locale, cancellationToken).ConfigureAwait(false);
        _logger.WelcomeSent(conversationId);
    }

    /// <summary>Stores the reference on <c>add</c> and <c>add-upgrade</c>; marks it stale on <c>remove</c>.</summary>
    private async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        string? action = turn.Activity.Action;
        if (action is "add" or "add-upgrade")
        {
            await SavePersonalReferenceAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (action == "remove" && turn.TenantId is { Length: > 0 } tenantId && turn.Activity.Conversation?.Id is { } conversationId)
        {
            await _references.MarkStaleAsync(tenantId, conversationId, "installationUpdate.remove", cancellationToken).ConfigureAwait(false);
            _logger.ConversationMarkedStale(conversationId, action);
        }
    }

    /// <summary>Stores the reference of a personal conversation so that GrowBot can message the user later.</summary>
    private Task SavePersonalReferenceAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Activity activity = turn.Activity;
        bool isPersonal = string.Equals(activity.Conversation?.ConversationType, PersonalConversationType, StringComparison.OrdinalIgnoreCase)
            && !turn.IsGroupConversation;
        if (!isPersonal
            || turn.TenantId is not { Length: > 0 } tenantId
            || activity.From?.Id is not { Length: > 0 } userId
            || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl
            || activity.Recipient?.Id is not { Length: > 0 } botId)
        {
            return Task.CompletedTask;
        }

        ConversationReference reference = new(
            tenantId,
            userId,
            activity.From.AadObjectId,
            conversationId,
            PersonalConversationType,
            serviceUrl,
            botId,
            activity.ChannelId ?? "msteams",
            _time.GetUtcNow());
        return _references.SaveAsync(reference, cancellationToken);
    }
}
