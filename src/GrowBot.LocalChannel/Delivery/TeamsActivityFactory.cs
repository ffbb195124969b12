using System.Text.Json.Nodes;
using GrowBot.LocalChannel.Conversations;
using GrowBot.Protocol.Activities;

namespace GrowBot.LocalChannel.Delivery;

/// <summary>
/// Builds the activities that Teams would send for what the user does in Web Chat: the same addressing,
/// ids, tenant and client information as a Teams personal chat.
/// </summary>
internal static class TeamsActivityFactory
{
    public const string ChannelId = "msteams";
    public const string BotId = "28:local-growbot";
    public const string BotName = "GrowBot";
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>
    /// Returns the <c>conversationUpdate</c> of a personal install: the bot was added to the conversation. Unlike the
    /// recorded Teams installs it carries the locale and clientInfo entity, so that the welcome follows the page's language.
    /// </summary>
    public static Activity ConversationStarted(LocalConversation conversation, string serviceUrl, string id, DateTimeOffset now)
    {
        Activity activity = Address(conversation, serviceUrl, id, now);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.MembersAdded = [new ChannelAccount { Id = BotId }];
        return activity;
    }

    /// <summary>
    /// Translates an activity posted by Web Chat. Returns null for activities that Teams would not deliver
    /// (typing, events, or a message with neither text, value nor attachments).
    /// </summary>
    public static Activity? FromWebChat(JsonObject posted, LocalConversation conversation, string serviceUrl, string id, DateTimeOffset now)
    {
        if (LocalChannelJson.GetString(posted, "type") != ActivityTypes.Message)
        {
            return null;
        }

        Activity activity = Address(conversation, serviceUrl, id, now);
        activity.Type = ActivityTypes.Message;
        activity.Text = LocalChannelJson.GetString(posted, "text");
        activity.TextFormat = "plain";

        if (posted["value"] is JsonObject value)
        {
            ApplyCardAction(activity, value.DeepClone().AsObject());
        }
        else if (posted["value"] is JsonNode otherValue)
        {
            activity.Value = otherValue.DeepClone();
        }

        bool isEmpty = string.IsNullOrEmpty(activity.Text) && activity.Value is null && posted["attachments"] is not JsonArray { Count: > 0 };
        return isEmpty && activity.Type == ActivityTypes.Message ? null : activity;
    }

    private static void ApplyCardAction(Activity activity, JsonObject value)
    {
        CardActionMarker? marker = CardActions.TakeMarker(value);
        if (marker is not null)
        {
            activity.ReplyToId = marker.ActivityId;
            activity.ChannelData!["source"] = new JsonObject { ["name"] = "message" };
        }

        if (marker is { IsExecute: true })
        {
            MakeExecuteInvoke(activity, marker, value);
            return;
        }

        if (value["msteams"] is JsonObject msteams)
        {
            ApplyTeamsSubmitType(activity, msteams, value);
            return;
        }

        activity.Value = value;
    }

    private static void MakeExecuteInvoke(Activity activity, CardActionMarker marker, JsonObject data)
    {
        JsonObject action = new() { ["type"] = "Action.Execute" };
        if (marker.ActionId is not null)
        {
            action["id"] = marker.ActionId;
        }

        if (marker.Verb is not null)
        {
            action["verb"] = marker.Verb;
        }

        if (marker.Title is not null)
        {
            action["title"] = marker.Title;
        }

        action["data"] = marker.OriginalData ?? data;

        activity.Type = ActivityTypes.Invoke;
        activity.Name = AdaptiveCardActionInvoke;
        activity.Text = null;
        activity.TextFormat = null;
        activity.Value = new JsonObject { ["action"] = action, ["trigger"] = "manual" };
        activity.ChannelData!["legacy"] = new JsonObject { ["replyToId"] = marker.ActivityId };
    }

    // Action.Submit with data.msteams: messageBack sends its text and value, imBack its value as text,
    // invoke an invoke without a name whose value is the whole data.
    private static void ApplyTeamsSubmitType(Activity activity, JsonObject msteams, JsonObject value)
    {
        switch (LocalChannelJson.GetString(msteams, "type"))
        {
            case "messageBack":
                activity.Text = LocalChannelJson.GetString(msteams, "text");
                activity.Value = msteams["value"]?.DeepClone();
                break;
            case "imBack":
                activity.Text = LocalChannelJson.GetString(msteams, "value");
                activity.Value = null;
                break;
            case "invoke":
                activity.Type = ActivityTypes.Invoke;
                activity.Text = null;
                activity.TextFormat = null;
                activity.Value = value;
                break;
            default:
                activity.Value = value;
                break;
        }
    }

    private static Activity Address(LocalConversation conversation, string serviceUrl, string id, DateTimeOffset now)
    {
        string tenantId = conversation.Persona.TenantId;
        return new Activity
        {
            Id = id,
            Timestamp = now,
            LocalTimestamp = now,
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            From = new ChannelAccount
            {
                Id = conversation.Persona.UserId,
                Name = conversation.Persona.DisplayName(conversation.Locale),
                AadObjectId = conversation.Persona.AadObjectId,
            },
            Recipient = new ChannelAccount { Id = BotId, Name = BotName },
            Conversation = new ConversationAccount { Id = conversation.Id, ConversationType = "personal", TenantId = tenantId },
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            Locale = conversation.Locale,
            Entities =
            [
                new JsonObject
                {
                    ["type"] = "clientInfo",
                    ["locale"] = conversation.Locale,
                    ["platform"] = "Web",
                },
            ],
        };
    }
}
