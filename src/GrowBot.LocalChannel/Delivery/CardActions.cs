using System.Text.Json.Nodes;

namespace GrowBot.LocalChannel.Delivery;

/// <summary>
/// Makes card buttons work in Web Chat the way they work in Teams. Web Chat 4.18.1 renders Action.Execute but
/// ignores a click on it (it logs "received unknown action"), and its Action.Submit sends neither the card's
/// activity id nor anything when the action has no data. So before a bot card enters the transcript, every
/// Action.Execute becomes an Action.Submit and every Action.Submit with object data gets a marker property naming
/// the card's activity. When the click comes back, the marker turns it into the activity Teams would send:
/// an <c>adaptiveCard/action</c> invoke for Action.Execute, a message with <c>replyToId</c> for Action.Submit.
/// </summary>
internal static class CardActions
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    public const string MarkerProperty = "_localChannel";

    /// <summary>Rewrites the actions of every Adaptive Card attachment of a bot activity in place.</summary>
    public static void RewriteAttachments(JsonObject activity, string activityId)
    {
        if (activity["attachments"] is not JsonArray attachments)
        {
            return;
        }

        foreach (JsonObject attachment in attachments.OfType<JsonObject>())
        {
            if (LocalChannelJson.GetString(attachment, "contentType") == AdaptiveCardContentType && attachment["content"] is JsonObject card)
            {
                RewriteNode(card, activityId);
            }
        }
    }

    /// <summary>Removes the marker from a submitted value and returns its contents, or null when there is none.</summary>
    public static CardActionMarker? TakeMarker(JsonObject value)
    {
        if (value[MarkerProperty] is not JsonObject marker)
        {
            return null;
        }

        value.Remove(MarkerProperty);
        return new CardActionMarker(
            LocalChannelJson.GetString(marker, "activityId"),
            marker["execute"] is JsonValue execute && execute.TryGetValue(out bool isExecute) && isExecute,
            LocalChannelJson.GetString(marker, "verb"),
            LocalChannelJson.GetString(marker, "actionId"),
            LocalChannelJson.GetString(marker, "title"),
            marker["data"]?.DeepClone());
    }

    private static void RewriteNode(JsonNode? node, string activityId)
    {
        switch (node)
        {
            case JsonObject obj:
                RewriteObject(obj, activityId);
                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    RewriteNode(item, activityId);
                }

                break;
        }
    }

    private static void RewriteObject(JsonObject obj, string activityId)
    {
        string? type = LocalChannelJson.GetString(obj, "type");
        if (type == "Action.Execute")
        {
            RewriteExecute(obj, activityId);
        }
        else if (type == "Action.Submit")
        {
            AddSubmitMarker(obj, activityId);
        }

        foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
        {
            // The data of an action is the bot's payload, not card content.
            if (property.Key != "data")
            {
                RewriteNode(property.Value, activityId);
            }
        }
    }

    private static void RewriteExecute(JsonObject action, string activityId)
    {
        JsonObject marker = new()
        {
            ["activityId"] = activityId,
            ["execute"] = true,
            ["verb"] = action["verb"]?.DeepClone(),
            ["actionId"] = action["id"]?.DeepClone(),
            ["title"] = action["title"]?.DeepClone(),
        };

        JsonObject data;
        if (action["data"] is JsonObject objectData)
        {
            data = objectData.DeepClone().AsObject();
        }
        else
        {
            // Non-object data cannot carry inputs; it travels in the marker and becomes the invoke's data again.
            marker["data"] = action["data"]?.DeepClone();
            data = [];
        }

        data[MarkerProperty] = marker;
        action["type"] = "Action.Submit";
        action.Remove("verb");
        action["data"] = data;
    }

    private static void AddSubmitMarker(JsonObject action, string activityId)
    {
        JsonNode? data = action["data"];
        if (data is not null and not JsonObject)
        {
            // Web Chat sends string data as an imBack, a plain text message, so there is no place for a marker.
            return;
        }

        JsonObject objectData = data as JsonObject ?? [];
        objectData[MarkerProperty] = new JsonObject { ["activityId"] = activityId };
        action["data"] = objectData;
    }
}

/// <summary>Contents of the marker of a clicked card action.</summary>
/// <param name="ActivityId">Id of the card's activity in the transcript.</param>
/// <param name="IsExecute">True when the action was an Action.Execute.</param>
/// <param name="Verb">Action.Execute verb.</param>
/// <param name="ActionId">Action id from the card.</param>
/// <param name="Title">Action title from the card.</param>
/// <param name="OriginalData">Action.Execute data that was not an object, else null.</param>
internal sealed record CardActionMarker(string? ActivityId, bool IsExecute, string? Verb, string? ActionId, string? Title, JsonNode? OriginalData);
