using System.Text.Json.Nodes;
using GrowBot.LocalChannel.Delivery;

namespace GrowBot.LocalChannel.Conversations;

/// <summary>Puts bot activities and channel notices into a conversation's transcript in the shape Web Chat reads.</summary>
internal static class Transcript
{
    private const string NoticeSenderId = "local-channel";

    /// <summary>
    /// Appends an activity sent by the bot, with a new id and the current time; returns the id. Card actions are
    /// rewritten so that clicks come back as Teams would send them.
    /// </summary>
    public static string AppendBotActivity(LocalConversation conversation, JsonObject activity, DateTimeOffset now)
    {
        string id = conversation.NewActivityId();
        PrepareBotActivity(conversation, activity, id);
        activity["timestamp"] = now.ToString("O");
        conversation.Append(activity);
        return id;
    }

    /// <summary>Replaces a bot activity by id (a card update); returns false when the conversation has no such activity.</summary>
    public static bool ReplaceBotActivity(LocalConversation conversation, string activityId, JsonObject activity)
    {
        PrepareBotActivity(conversation, activity, activityId);
        return conversation.TryReplace(activityId, activity);
    }

    /// <summary>Replaces the card of an activity with the card of an invoke response, keeping everything else.</summary>
    public static bool ReplaceCard(LocalConversation conversation, string activityId, JsonObject card)
    {
        JsonObject? current = conversation.Find(activityId);
        if (current is null)
        {
            return false;
        }

        current["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = CardActions.AdaptiveCardContentType,
            ["content"] = card.DeepClone(),
        });
        return ReplaceBotActivity(conversation, activityId, current);
    }

    /// <summary>Appends a message from the channel itself, such as a delivery failure, in the conversation's language.</summary>
    public static void AppendNotice(LocalConversation conversation, string textEn, string textZh, DateTimeOffset now)
    {
        bool chinese = conversation.Locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        JsonObject notice = new()
        {
            ["type"] = "message",
            ["id"] = conversation.NewActivityId(),
            ["timestamp"] = now.ToString("O"),
            ["from"] = new JsonObject { ["id"] = NoticeSenderId, ["name"] = chinese ? "本地通道" : "Local channel", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation.Id },
            ["text"] = chinese ? textZh : textEn,
        };
        conversation.Append(notice);
    }

    private static void PrepareBotActivity(LocalConversation conversation, JsonObject activity, string id)
    {
        activity["id"] = id;
        activity["type"] ??= "message";
        activity["conversation"] = new JsonObject { ["id"] = conversation.Id };
        activity["from"] = new JsonObject
        {
            ["id"] = TeamsActivityFactory.BotId,
            ["name"] = TeamsActivityFactory.BotName,
            ["role"] = "bot",
        };
        activity.Remove("serviceUrl");
        CardActions.RewriteAttachments(activity, id);
    }
}
