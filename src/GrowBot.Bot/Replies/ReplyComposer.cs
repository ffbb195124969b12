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
    /// Builds the message that carries a file inline. Content that would not fit the message size is cut at a text
    /// element boundary and ends with an ellipsis.
    /// </summary>
    public Activity ComposeFile(TurnContext turn, FileReply file)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(file);

        string content = file.Content;
        Activity message = CreateFileMessage(turn, file, content);
        int overhead = MeasureBytes(CreateFileMessage(turn, file, string.Empty));
        for (int size = MeasureBytes(message); size > _fitter.MaxBytes && content.Length > 0; size = MeasureBytes(message))
        {
            // JSON escaping makes some characters longer than others, so the cut keeps the share of the content that the
            // budget allows by measured size, less 2 % as a margin, and measures again.
            double share = (double)(_fitter.MaxBytes - overhead) / Math.Max(1, size - overhead) * 0.98;
            int keep = Math.Clamp((int)(content.Length * share), 0, content.Length - 1);
            string shortened = TextElements.Truncate(content, TextElements.Count(content[..keep]));
            if (shortened.Length >= content.Length)
            {
                break;
            }

            content = shortened;
            message = CreateFileMessage(turn, file, content);
        }

        return message;
    }

    /// <summary>Builds a proactive message with the card of the reply, addressed to the user of the reference.</summary>
    public Activity ComposeProactive(ConversationReference reference, BotReply reply, BotLocale locale)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(reply);

        string summary = BotText.Get(locale, TextKey.NotificationSummary);
        JsonObject card = _fitter.Fit(reply.Build, reply.ItemCount, candidate => MeasureBytes(CreateProactive(reference, candidate, summary, locale)));
        return CreateProactive(reference, card, summary, locale);
    }

    /// <summary>
    /// Returns the size that Teams counts: UTF-16 bytes of the JSON that the connector client sends (non-ASCII text
    /// unescaped), twice its length.
    /// </summary>
    public static int MeasureBytes<T>(T value) => 2 * JsonSerializer.Serialize(value, ProtocolJson.Options).Length;

    private static Activity CreateFileMessage(TurnContext turn, FileReply file, string content)
    {
        Activity message = new()
        {
            Type = ActivityTypes.Message,
            Text = file.Text,
            Attachments = [new Attachment { ContentType = file.ContentType, Name = file.Name, Content = JsonValue.Create(content) }],
        };
        ActivityFacts.AddressReply(turn.Activity, message);
        return message;
    }

    private static Activity CreateProactive(ConversationReference reference, JsonObject card, string summary, BotLocale locale) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Locale = locale.Name,
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        From = new ChannelAccount { Id = reference.BotId },
        Recipient = new ChannelAccount { Id = reference.UserId, AadObjectId = reference.AadObjectId },
        Conversation = new ConversationAccount { Id = reference.ConversationId, ConversationType = reference.ConversationType, TenantId = reference.TenantId },
        Attachments = [AdaptiveCardAttachment.Create(card)],
    };

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
