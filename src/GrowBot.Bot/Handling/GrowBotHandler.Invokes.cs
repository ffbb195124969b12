using System.Text.Json.Nodes;
using GrowBot.Bot.Commands;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Replies;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Handling;

public sealed partial class GrowBotHandler
{
    private const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    private const string ExecuteActionType = "Action.Execute";

    /// <summary>
    /// Returns the Universal Action response for <c>adaptiveCard/action</c>, an empty 200 for an invoke without a name
    /// (Action.Submit with <c>msteams.type</c> invoke), and 501 for any other invoke.
    /// </summary>
    public async Task<InvokeResponse> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        string? name = turn.Activity.Name;
        if (string.IsNullOrEmpty(name))
        {
            return InvokeResponse.Empty();
        }

        if (!string.Equals(name, AdaptiveCardActionInvoke, StringComparison.Ordinal))
        {
            _logger.InvokeRejected(name, "not implemented", turn.Activity.Id);
            return new InvokeResponse(501, null);
        }

        BotLocale locale = await _locales.SelectAsync(turn, cancellationToken).ConfigureAwait(false);
        return await OnCardActionAsync(turn, locale, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InvokeResponse> OnCardActionAsync(TurnContext turn, BotLocale locale, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not JsonObject value || value["action"] is not JsonObject action)
        {
            return Reject(turn, "BadRequest", "missing action", BotText.Get(locale, TextKey.InvokeMissingAction));
        }

        if (CommandParser.ReadString(action, "type") != ExecuteActionType)
        {
            return Reject(turn, "NotSupported", "not Action.Execute", BotText.Get(locale, TextKey.InvokeNotSupported));
        }

        string? verb = CommandParser.ReadString(action, "verb");
        if (verb is null)
        {
            return Reject(turn, "BadRequest", "missing verb", BotText.Get(locale, TextKey.InvokeMissingVerb));
        }

        BotCommand? command = CommandParser.ParseVerb(verb, action["data"] as JsonObject);
        if (command is null)
        {
            return Reject(turn, "BadRequest", "unknown verb", BotText.Get(locale, TextKey.InvokeUnknownVerb));
        }

        if (turn.IsGroupConversation)
        {
            return _replies.ComposeInvokeResponse(BotReply.Sentence(locale, BotText.Get(locale, TextKey.GroupPointer)));
        }

        BotReply reply = await _commands.ExecuteAsync(turn, command, locale, cancellationToken).ConfigureAwait(false);
        _logger.CommandHandled(command.Kind.ToString(), turn.Activity.Conversation?.Id);
        await SendFileAsync(turn, reply, cancellationToken).ConfigureAwait(false);
        return _replies.ComposeInvokeResponse(reply);
    }

    private InvokeResponse Reject(TurnContext turn, string code, string reason, string message)
    {
        _logger.InvokeRejected(turn.Activity.Name, reason, turn.Activity.Id);
        return InvokeResponse.Error(400, code, message);
    }
}
