using GrowBot.Bot.Commands;

using GrowBot.Bot.Localization;
using GrowBot.Bot.Replies;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;
using Microsoft.Extensions.Logging;

namespace GrowBot.Bot.Handling;

/// <summary>
/// GrowBot's Teams application: chat commands, card actions, welcomes and conversation references. In channels and
/// group chats it replies only with a pointer to the personal chat, so it never shows HR data there.
/// </summary>
public sealed partial class GrowBotHandler : IBotHandler
{
    private readonly CommandExecutor _commands;
    private readonly ReplyComposer _replies;
    private readonly LocaleSelector _locales;
    private readonly IConversationReferenceStore _references;
    private readonly IWelcomeLedger _welcomes;
    private readonly TimeProvider _time;
    private readonly ILogger<GrowBotHandler> _logger;

    public GrowBotHandler(
        CommandExecutor commands,
        ReplyComposer replies,
        LocaleSelector locales,
        IConversationReferenceStore references,
        IWelcomeLedger welcomes,
        TimeProvider time,
        ILogger<GrowBotHandler> logger)
    {
        _commands = commands;
        _replies = replies;
        _locales = locales;
        _references = references;
        _welcomes = welcomes;
        _time = time;
        _logger = logger;
    }

    public Task OnActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        switch (turn.Activity.Type)
        {
            case ActivityTypes.Message:
                return OnMessageAsync(turn, cancellationToken);
            case ActivityTypes.ConversationUpdate:
                return OnConversationUpdateAsync(turn, cancellationToken);
            case ActivityTypes.InstallationUpdate:
                return OnInstallationUpdateAsync(turn, cancellationToken);
            default:
                // messageReaction, typing, events and unknown types get no reply.
                _logger.ActivityIgnored(turn.Activity.Type, turn.Activity.Id);
                return Task.CompletedTask;
        }
    }

    public async Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        try
        {
            BotLocale locale = await SelectLocaleOrDefaultAsync(turn, cancellationToken).ConfigureAwait(false);
            Activity message = _replies.ComposeMessage(turn, BotReply.Sentence(locale, BotText.Get(locale, TextKey.ErrorGeneric)), locale);
            await turn.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception sendFailure)
        {
            // The error boundary must not throw; the original exception was logged by the caller.
            _logger.ErrorReplyFailed(sendFailure, turn?.Activity.Id);
        }
    }

    /// <summary>Selects the turn's locale; falls back to the requested locale alone when the tenant settings fail.</summary>
    private async Task<BotLocale> SelectLocaleOrDefaultAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            return await _locales.SelectAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return BotLocale.FromTag(turn.RequestedLocale);
        }
    }

    /// <summary>Sends the reply's file, if any, as a message of its own after the card.</summary>
    private async Task SendFileAsync(TurnContext turn, BotReply reply, CancellationToken cancellationToken)
    {
        if (reply.File is not null)
        {
            await turn.SendAsync(_replies.ComposeFile(turn, reply.File), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendReplyAsync(TurnContext turn, BotReply reply, BotLocale locale, CancellationToken cancellationToken)
    {
        Activity message = _replies.ComposeMessage(turn, reply, locale);
        await turn.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
