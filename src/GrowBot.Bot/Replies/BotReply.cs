using GrowBot.Bot.Cards;
using GrowBot.Bot.Localization;

namespace GrowBot.Bot.Replies;

/// <summary>
/// The reply to a command: a card (built for a number of visible list items, so that it can be fitted to the
/// message size) and, for one-sentence replies, the sentence that an invoke response shows as a message.
/// </summary>
public sealed record BotReply(CardBuilder Build, int ItemCount = 0, string? ShortText = null)
{
    public static BotReply FromCard(AdaptiveCard card) => new(_ => card);

    /// <summary>A card with one sentence; invokes show the sentence as a message instead of replacing the card.</summary>
    public static BotReply Sentence(BotLocale locale, string text) => new(_ => ReplyCards.Text(locale, text), 0, text);
}
