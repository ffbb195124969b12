using GrowBot.Bot.Cards;
using GrowBot.Bot.Localization;

namespace GrowBot.Bot.Replies;

/// <summary>
/// The reply to a command: a card (built for a number of visible list items, so that it can be fitted to the
/// message size) and, for one-sentence replies, the sentence that an invoke response shows as a message.
/// </summary>
public sealed record BotReply(CardBuilder Build, int ItemCount = 0, string? ShortText = null)
{
    /// <summary>
    /// True when the card replaces the card that was clicked: an Action.Execute invoke response does so by itself, and
    /// for an Action.Submit the handler updates the clicked activity (<c>replyToId</c>) instead of sending a new one.
    /// </summary>
    public bool ReplacesCard { get; init; }

    /// <summary>A file that follows the card as a message of its own, for example the brief as Markdown.</summary>
    public FileReply? File { get; init; }

    public static BotReply FromCard(AdaptiveCard card) => new(_ => card);

    /// <summary>A card with one sentence; invokes show the sentence as a message instead of replacing the card.</summary>
    public static BotReply Sentence(BotLocale locale, string text) => new(_ => ReplyCards.Text(locale, text), 0, text);
}

/// <summary>A file sent inline as an attachment, with a line of text above it.</summary>
/// <param name="ContentType">MIME type, for example <c>text/markdown</c>.</param>
public sealed record FileReply(string Name, string ContentType, string Content, string Text);
