using System.Text.Json.Nodes;
using GrowBot.LocalChannel.Delivery;

namespace GrowBot.LocalChannel.Tests.Delivery;

public sealed class CardActionsTests
{
    [Fact]
    public void Rewrite_ExecuteInsideShowCard_BecomesSubmit()
    {
        JsonObject activity = Activity(new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = "More",
            ["card"] = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Execute", ["verb"] = "deep", ["id"] = "a1" }),
            },
        });

        CardActions.RewriteAttachments(activity, "conv|0000003");

        JsonObject inner = activity["attachments"]![0]!["content"]!["actions"]![0]!["card"]!["actions"]![0]!.AsObject();
        Assert.Equal("Action.Submit", inner["type"]!.GetValue<string>());
        Assert.Equal("deep", inner["data"]!["_localChannel"]!["verb"]!.GetValue<string>());
        Assert.Equal("a1", inner["data"]!["_localChannel"]!["actionId"]!.GetValue<string>());
        Assert.Equal("conv|0000003", inner["data"]!["_localChannel"]!["activityId"]!.GetValue<string>());
    }

    [Fact]
    public void Rewrite_SubmitWithStringData_IsLeftAlone()
    {
        JsonObject activity = Activity(new JsonObject { ["type"] = "Action.Submit", ["data"] = "plain text" });

        CardActions.RewriteAttachments(activity, "conv|0000001");

        Assert.Equal("plain text", activity["attachments"]![0]!["content"]!["actions"]![0]!["data"]!.GetValue<string>());
    }

    [Fact]
    public void Rewrite_SubmitWithoutData_GetsMarker()
    {
        JsonObject activity = Activity(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Send" });

        CardActions.RewriteAttachments(activity, "conv|0000001");

        Assert.NotNull(activity["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["_localChannel"]);
    }

    [Fact]
    public void Rewrite_ActionTypeInsideData_IsNotTouched()
    {
        JsonObject activity = Activity(new JsonObject
        {
            ["type"] = "Action.Submit",
            ["data"] = new JsonObject { ["nested"] = new JsonObject { ["type"] = "Action.Execute" } },
        });

        CardActions.RewriteAttachments(activity, "conv|0000001");

        Assert.Equal("Action.Execute", activity["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["nested"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void TakeMarker_ExecuteWithStringData_RestoresData()
    {
        JsonObject activity = Activity(new JsonObject { ["type"] = "Action.Execute", ["verb"] = "v", ["data"] = "text data" });
        CardActions.RewriteAttachments(activity, "conv|0000001");
        JsonObject submitted = activity["attachments"]![0]!["content"]!["actions"]![0]!["data"]!.DeepClone().AsObject();

        CardActionMarker? marker = CardActions.TakeMarker(submitted);

        Assert.NotNull(marker);
        Assert.True(marker.IsExecute);
        Assert.Equal("text data", marker.OriginalData!.GetValue<string>());
        Assert.Empty(submitted);
    }

    [Fact]
    public void TakeMarker_NoMarker_ReturnsNull()
    {
        Assert.Null(CardActions.TakeMarker(new JsonObject { ["command"] = "x" }));
    }

    [Fact]
    public void Rewrite_NonCardAttachment_IsLeftAlone()
    {
        JsonObject activity = new()
        {
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.hero",
                ["content"] = new JsonObject { ["buttons"] = new JsonArray(new JsonObject { ["type"] = "Action.Execute" }) },
            }),
        };

        CardActions.RewriteAttachments(activity, "conv|0000001");

        Assert.Equal("Action.Execute", activity["attachments"]![0]!["content"]!["buttons"]![0]!["type"]!.GetValue<string>());
    }

    private static JsonObject Activity(JsonObject action) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = CardActions.AdaptiveCardContentType,
            ["content"] = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["actions"] = new JsonArray(action) },
        }),
    };
}
