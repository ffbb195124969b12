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

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task NotesAnalysis_WithManySignals_FitsAndStaysValid(string locale)
    {
        TestBot bot = new();
        PreparationData.Seed(bot, feedbackItems: 300, textRepeat: 60);
        string id = await PreparationData.OpenAsync(bot, locale);
        string sentence = "He is stressed, the workload is too high, he wants a promotion, needs support, had a customer complaint, "
            + "is thinking about leaving, wants to learn SQL, has a conflict with a colleague and feels down. "
            + "他压力很大，工作量太大，想升职，需要支持，被客户投诉，想离职，想学习，和同事有冲突，情绪低落。";
        string notes = string.Concat(Enumerable.Repeat(sentence, 20));

        InvokeResponse response = await PreparationData.ClickAsync(bot, "prep.go", id, "Goal", "Reality", locale, new JsonObject { ["notes"] = notes });

        int size = ReplyComposer.MeasureBytes(response.Body);
        Assert.True(size <= 40 * 1024, $"{size} bytes.");
        JsonObject card = PreparationData.CardOf(response);
        CardSchema.AssertValid(card);
        Assert.Contains(locale == "zh-CN" ? "笔记分析" : "Analysis of your Goal notes", CardText.All(card), StringComparison.Ordinal);
        Assert.Single(bot.Notes.Notes);
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
