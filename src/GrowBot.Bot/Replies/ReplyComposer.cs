using System.Text.Json;
using System.Text.Json.Nodes;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Localization;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Cards;
using GrowBot.Protocol.Json;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Replies;

/// <summary>
/// Turns replies into message activities and invoke responses that fit the configured message size. The summary of a
/// message is always the same notification sentence, so that lock screens show no personal data.
/// </summary>
public sealed class ReplyComposer
{
    private readonly CardFitter _fitter;

    public ReplyComposer(CardFitter fitter)
    {
        ArgumentNullException.ThrowIfNull(fitter);
        _fitter = fitter;
    }

    /// <summary>Builds the message activity of a reply, addressed as a reply to the turn's activity.</summary>
    public Activity ComposeMessage(TurnContext turn, BotReply reply, BotLocale locale)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(reply);

        string summary = BotText.Get(locale, TextKey.NotificationSummary);
        JsonObject card = _fitter.Fit(reply.Build, reply.ItemCount, candidate => MeasureBytes(CreateMessage(turn, candidate, summary)));
        return CreateMessage(turn, card, summary);
    }

    /// <summary>Builds the invoke response that replaces the clicked card, or shows a one-sentence reply as a message.</summary>
    public InvokeResponse ComposeInvokeResponse(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.ShortText is not null)
        {
            return InvokeResponse.Message(reply.ShortText);
        }

        JsonObject card = _fitter.Fit(reply.Build, reply.ItemCount, candidate => MeasureBytes(InvokeResponse.Card((JsonObject)candidate.DeepClone()).Body));
        return InvokeResponse.Card(card);
    }

    /// <summary>
    /// Returns the size that Teams counts: UTF-16 bytes of the JSON that the connector client sends (non-ASCII text
    /// unescaped), twice its length.
    /// </summary>
    public static int MeasureBytes<T>(T value) => 2 * JsonSerializer.Serialize(value, ProtocolJson.Options).Length;

    private static Activity CreateMessage(TurnContext turn, JsonObject card, string summary)
    {
        Activity message = new()
        {
            Type = ActivityTypes.Message,
            Summary = summary,
            Attachments = [AdaptiveCardAttachment.Create(card)],
        };
        ActivityFacts.AddressReply(turn.Activity, message);
        return message;
    }
}
