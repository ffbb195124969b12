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

    /// <summary>
    /// Sends the employee a check-in card in their personal chat with GrowBot. Without a stored conversation the
    /// HRBP gets a message that the card cannot be sent.
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
        if (reference is null)
        {
            _logger.CheckInNotSent(actor.TenantId, view.Preparation.Id, "no conversation reference");
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
