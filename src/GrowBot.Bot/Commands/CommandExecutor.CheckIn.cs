using System.Text.Json.Nodes;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Preparations;
using GrowBot.Bot.Replies;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Connector;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Commands;

public sealed partial class CommandExecutor
{
    private const int MaxTopicsLength = 2000;
    private const int MaxCheckInCommentLength = 1000;
    private const int DefaultSelfAssessment = 3;
    private const string PersonalConversationType = "personal";

    /// <summary>
    /// Sends the employee a check-in card in their personal chat with GrowBot. Without a stored conversation, GrowBot is
    /// installed for the employee and the card goes to the chat of that installation. When that is not possible, the
    /// HRBP gets a message with the reason and the next step.
    /// </summary>
    private async Task<BotReply> PreparationCheckInAsync(TurnContext turn, Person actor, JsonObject data, BotLocale locale, CancellationToken cancellationToken)
    {
        PreparationView? view = await CardViewAsync(actor, data, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return Unavailable(actor, data, locale);
        }

        if (!view.Preparation.IsOpen)
        {
            return BriefReply(locale, view, withFile: false);
        }

        Person employee = view.Employee;
        string name = employee.DisplayName(locale.Name);
        ConversationReference? reference = employee.AadObjectId is null
            ? null
            : await _references.FindPersonalAsync(actor.TenantId, employee.AadObjectId, cancellationToken).ConfigureAwait(false);
        if (reference is null && employee.AadObjectId is not null)
        {
            ChatProvisioning chat = await _chats.ProvisionAsync(actor.TenantId, employee.AadObjectId, cancellationToken).ConfigureAwait(false);
            if (chat.ChatId is null)
            {
                _logger.CheckInNotSent(actor.TenantId, view.Preparation.Id, NotSentReason(chat.Status));
                return BotReply.Sentence(locale, BotText.Format(locale, NotSentText(chat.Status), name));
            }

            reference = ProvisionedReference(turn, actor.TenantId, employee.AadObjectId, chat.ChatId);
        }

        if (reference is null)
        {
            _logger.CheckInNotSent(actor.TenantId, view.Preparation.Id, NotSentReason(ChatProvisioningStatus.NotConfigured));
            return BotReply.Sentence(locale, BotText.Format(locale, TextKey.CheckInNoReference, name));
        }

        BotLocale employeeLocale = BotLocale.FromTag(employee.PreferredLocale ?? view.Profile.Settings.DefaultLocale);
        BotReply request = BotReply.FromCard(CheckInCards.Request(employeeLocale, actor, view.Preparation.Id));
        Activity message = _composer.ComposeProactive(reference, request, employeeLocale);
        try
        {
            await turn.Connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, message, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException exception)
        {
            _logger.CheckInSendFailed(exception, actor.TenantId, view.Preparation.Id, exception.StatusCode);
            return BotReply.Sentence(locale, BotText.Format(locale, TextKey.CheckInFailed, name));
        }

        Preparation saved = await _preparations.UpdateAsync(
            view.Preparation,
            (current, now) => PreparationInputs.Apply(current, data, now) with { CheckInRequestedAt = now },
            cancellationToken).ConfigureAwait(false);
        _logger.CheckInSent(actor.TenantId, saved.Id);
        return StageReply(locale, view with { Preparation = saved });
    }

    /// <summary>
    /// Builds the reference of the chat that installing GrowBot created. Teams sends the user's id (<c>29:…</c>) only
    /// with the installation's conversationUpdate, so the Entra object id identifies the user. The service URL and the
    /// bot id come from the HRBP's turn in the same tenant.
    /// </summary>
    private ConversationReference ProvisionedReference(TurnContext turn, string tenantId, string aadObjectId, string chatId) => new(
        tenantId,
        aadObjectId,
        aadObjectId,
        chatId,
        PersonalConversationType,
        turn.Activity.ServiceUrl!,
        turn.Activity.Recipient?.Id ?? string.Empty,
        turn.Activity.ChannelId ?? "msteams",
        _time.GetUtcNow());

    private static string NotSentReason(ChatProvisioningStatus status) => status switch
    {
        ChatProvisioningStatus.UserNotFound => "user not found in the directory",
        ChatProvisioningStatus.NotPermitted => "app installation not permitted",
        ChatProvisioningStatus.Failed => "app installation failed",
        _ => "no conversation reference",
    };

    private static string NotSentText(ChatProvisioningStatus status) => status switch
    {
        ChatProvisioningStatus.UserNotFound => TextKey.CheckInUserNotFound,
        ChatProvisioningStatus.NotPermitted => TextKey.CheckInInstallNotPermitted,
        ChatProvisioningStatus.Failed => TextKey.CheckInInstallFailed,
        _ => TextKey.CheckInNoReference,
    };

    /// <summary>
    /// Stores the employee's check-in response. The clicker must be the employee of the preparation, which must be open
    /// and have a check-in requested.
    /// </summary>
    private async Task<BotReply> CheckInSubmitAsync(Person actor, JsonObject data, BotLocale locale, CancellationToken cancellationToken)
    {
        string? preparationId = CommandParser.ReadString(data, CommandVerbs.PreparationIdField);
        Preparation? preparation = preparationId is null ? null : await _preparationStore.GetAsync(actor.TenantId, preparationId, cancellationToken).ConfigureAwait(false);
        if (preparation is null || preparation.EmployeeId != actor.Id || !preparation.IsOpen || preparation.CheckInRequestedAt is null)
        {
            _logger.PreparationActionRejected(actor.Id, preparationId);
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.CheckInUnavailable));
        }

        string topics = (CommandParser.ReadString(data, CheckInCards.TopicsField) ?? string.Empty).Trim();
        if (topics.Length == 0)
        {
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.CheckInTopicsError));
        }

        int score = int.TryParse(CommandParser.ReadString(data, CheckInCards.ScoreField), out int parsed) && parsed is >= 1 and <= 5 ? parsed : DefaultSelfAssessment;
        string? comment = CommandParser.ReadString(data, CheckInCards.CommentField)?.Trim();
        await _preparations.UpdateAsync(
            preparation,
            (current, now) => current with
            {
                CheckIn = new CheckInAnswer(
                    topics[..Math.Min(topics.Length, MaxTopicsLength)],
                    score,
                    comment is null ? null : comment[..Math.Min(comment.Length, MaxCheckInCommentLength)],
                    now),
            },
            cancellationToken).ConfigureAwait(false);
        _logger.CheckInAnswered(actor.TenantId, preparation.Id);

        Person? hrbp = await _people.GetAsync(actor.TenantId, preparation.HrbpId, cancellationToken).ConfigureAwait(false);
        string hrbpName = hrbp?.DisplayName(locale.Name) ?? BotText.Get(locale, TextKey.RoleHrbp);
        return new BotReply(_ => CheckInCards.Thanks(locale, hrbpName)) { ReplacesCard = true };
    }
}
