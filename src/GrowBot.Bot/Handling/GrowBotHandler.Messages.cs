using GrowBot.Bot.Commands;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Replies;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Handling;

public sealed partial class GrowBotHandler
{
    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        await SavePersonalReferenceAsync(turn, cancellationToken).ConfigureAwait(false);
        BotLocale locale = await _locales.SelectAsync(turn, cancellationToken).ConfigureAwait(false);

        if (turn.IsGroupConversation)
        {
            await SendReplyAsync(turn, BotReply.Sentence(locale, BotText.Get(locale, TextKey.GroupPointer)), locale, cancellationToken).ConfigureAwait(false);
            return;
        }

        BotCommand command = CommandParser.ParseSubmitValue(turn.Activity.Value) ?? CommandParser.ParseText(turn.Text);
        BotReply reply = await _commands.ExecuteAsync(turn, command, locale, cancellationToken).ConfigureAwait(false);

        // An Action.Submit from a card that refreshes in place updates the clicked card, as Action.Execute would.
        if (reply.ReplacesCard && turn.Activity.Value is not null && turn.Activity.ReplyToId is { Length: > 0 } clickedCardId)
        {
            await turn.UpdateAsync(clickedCardId, _replies.ComposeMessage(turn, reply, locale), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await SendReplyAsync(turn, reply, locale, cancellationToken).ConfigureAwait(false);
        }

        await SendFileAsync(turn, reply, cancellationToken).ConfigureAwait(false);
        _logger.CommandHandled(command.Kind.ToString(), turn.Activity.Conversation?.Id);
    }
}
