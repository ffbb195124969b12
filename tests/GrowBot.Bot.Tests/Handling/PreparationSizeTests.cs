using System.Text.Json.Nodes;
using GrowBot.Bot.Replies;
using GrowBot.Bot.Tests.Fakes;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Tests.Handling;

/// <summary>The preparation cards and the brief stay within the message size with long data, in both languages.</summary>
public sealed class PreparationSizeTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task EveryStage_WithLongData_FitsAndStaysValid(string locale)
    {
        TestBot bot = new();
        PreparationData.Seed(bot, feedbackItems: 300, textRepeat: 60);
        string id = await PreparationData.OpenAsync(bot, locale);
        string notes = string.Concat(Enumerable.Repeat("长笔记 long note 👍🏽 ", 400));

        foreach ((string from, string to) in new[] { ("Goal", "Goal"), ("Goal", "Reality"), ("Reality", "Options"), ("Options", "WayForward"), ("WayForward", "Brief") })
        {
            InvokeResponse response = await PreparationData.ClickAsync(bot, "prep.go", id, from, to, locale, new JsonObject { ["notes"] = notes });

            int size = ReplyComposer.MeasureBytes(response.Body);
            Assert.True(size <= 40 * 1024, $"{to}: {size} bytes.");
            CardSchema.AssertValid(PreparationData.CardOf(response));
        }

        Activity file = Assert.Single(bot.Connector.Sent, a => a.Attachments?.FirstOrDefault()?.ContentType == "text/markdown");
        Assert.True(ReplyComposer.MeasureBytes(file) <= 40 * 1024, $"The Markdown message has {ReplyComposer.MeasureBytes(file)} bytes.");
        Assert.Equal(4000, bot.Preparations.Items[id].NotesFor(Coaching.Preparations.GrowStage.Reality).Length);
    }

    [Fact]
    public async Task Reality_WithManyFeedbackItems_SaysHowManyAreShown()
    {
        TestBot bot = new();
        PreparationData.Seed(bot, feedbackItems: 40);
        string id = await PreparationData.OpenAsync(bot);

        string text = CardText.All(PreparationData.CardOf(await PreparationData.ClickAsync(bot, "prep.go", id, "Goal", "Reality")));

        Assert.Contains("Helpful colleague number 0.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Helpful colleague number 39.", text, StringComparison.Ordinal);
    }
}
