using System.Text.Json.Nodes;
using GrowBot.Bot.Tests.Fakes;
using GrowBot.Coaching.Notes;

namespace GrowBot.Bot.Tests.Handling;

/// <summary>Interview notes inside the preparation: <c>notes</c> linked to the open preparation, and analysed stage notes.</summary>
public sealed class NotesPreparationTests
{
    [Fact]
    public async Task Notes_OneOpenPreparation_LinksIt()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);

        string card = CardText.All(await bot.AskAsync("notes He is stressed and the workload is too high."));

        Assert.Contains("Interview notes analysis: Zhang Wei", card, StringComparison.Ordinal);
        Assert.Contains("Your overtime was 26 hours in 2026-09.", card, StringComparison.Ordinal);
        InterviewNote note = Assert.Single(bot.Notes.Notes);
        Assert.Equal(id, note.PreparationId);
        Assert.Equal("p-zhang-wei", note.EmployeeId);
        Assert.Equal("He is stressed and the workload is too high.", note.Text);
    }

    [Fact]
    public async Task Notes_OneOpenPreparationChinese_LinksIt()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot, "zh-CN");

        string card = CardText.All(await bot.AskAsync("记录 他最近压力很大，连续加班，想申请调岗", locale: "zh-CN"));

        Assert.Contains("面谈记录分析：张伟", card, StringComparison.Ordinal);
        Assert.Contains("加班 26 小时", card, StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(bot.Notes.Notes).PreparationId);
    }

    [Fact]
    public async Task Notes_TwoOpenPreparations_LinksNone()
    {
        TestBot bot = new();
        await PreparationData.OpenAsync(bot);
        await bot.AskAsync("prepare Zhang Min");

        string card = CardText.All(await bot.AskAsync("notes He is stressed."));

        Assert.DoesNotContain("Zhang", card.Split('\n')[0], StringComparison.Ordinal);
        InterviewNote note = Assert.Single(bot.Notes.Notes);
        Assert.Null(note.PreparationId);
        Assert.Null(note.EmployeeId);
    }

    [Fact]
    public async Task Notes_NamePrefix_LinksThatPreparation()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);
        await bot.AskAsync("prepare Zhang Min");

        await bot.AskAsync("notes Zhang Wei: He is stressed.");

        InterviewNote note = Assert.Single(bot.Notes.Notes);
        Assert.Equal(id, note.PreparationId);
        Assert.Equal("p-zhang-wei", note.EmployeeId);
    }

    [Fact]
    public async Task Notes_CompletedPreparation_NotLinked()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);
        await PreparationData.ClickAsync(bot, "prep.go", id, "WayForward", "Brief");

        await bot.AskAsync("notes He is stressed.");

        Assert.Null(Assert.Single(bot.Notes.Notes).PreparationId);
    }

    [Theory]
    [InlineData("en-US", "He is stressed and the workload is too high.", "Analysis of your Goal notes", "Stress", "Your overtime was 26 hours in 2026-09.")]
    [InlineData("zh-CN", "他最近压力很大，连续加班，工作量太大，想申请调岗", "目标 (Goal)阶段笔记分析", "压力", "加班 26 小时")]
    public async Task StageNotes_Saved_CardShowsAnalysis(string locale, string notes, string heading, string signal, string question)
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot, locale);

        JsonObject card = PreparationData.CardOf(await PreparationData.ClickAsync(bot, "prep.go", id, "Goal", "Reality", locale, new JsonObject { ["notes"] = notes }));

        string text = CardText.All(card);
        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains(signal, text, StringComparison.Ordinal);
        Assert.Contains(question, text, StringComparison.Ordinal);
        InterviewNote note = Assert.Single(bot.Notes.Notes);
        Assert.Equal(id, note.PreparationId);
        Assert.Equal("p-zhang-wei", note.EmployeeId);
        Assert.Equal(notes, note.Text);
    }

    [Fact]
    public async Task StageNotes_Short_NotAnalysed()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);

        JsonObject card = PreparationData.CardOf(await PreparationData.ClickAsync(bot, "prep.go", id, "Goal", "Goal", inputs: new JsonObject { ["notes"] = "Feels stressed." }));

        Assert.DoesNotContain("Analysis of your", CardText.All(card), StringComparison.Ordinal);
        Assert.Empty(bot.Notes.Notes);
    }

    [Fact]
    public async Task StageNotes_SavedAgainUnchanged_AnalysedOnce()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);
        JsonObject inputs = new() { ["notes"] = "He is stressed and the workload is too high." };

        await PreparationData.ClickAsync(bot, "prep.go", id, "Goal", "Goal", inputs: inputs);
        JsonObject again = PreparationData.CardOf(await PreparationData.ClickAsync(bot, "prep.go", id, "Goal", "Goal", inputs: inputs));

        Assert.Single(bot.Notes.Notes);
        Assert.DoesNotContain("Analysis of your", CardText.All(again), StringComparison.Ordinal);
    }
}
