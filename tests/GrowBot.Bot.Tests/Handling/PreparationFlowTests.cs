using System.Text.Json.Nodes;
using GrowBot.Bot.Tests.Fakes;
using GrowBot.Coaching.Preparations;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Bot.Tests.Handling;

/// <summary>Edge cases of the preparation commands with in-memory stores.</summary>
public sealed class PreparationFlowTests
{
    [Fact]
    public async Task Continue_WithoutOpenPreparation_SaysHowToStart()
    {
        TestBot bot = new();

        string text = CardText.All(await bot.AskAsync("continue"));

        Assert.Contains("You have no open interview preparation.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("portfolio")]
    [InlineData("continue")]
    public async Task NonHrbp_IsRejected(string command)
    {
        TestBot bot = new();

        string text = CardText.All(await bot.AskAsync(command, TestBot.EmployeeAad));

        Assert.Contains("HR business partners only", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Continue_ResumesStoredStage()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);
        await PreparationData.ClickAsync(bot, "prep.go", id, "Goal", "Options");

        string text = CardText.All(await bot.AskAsync("继续", locale: "zh-CN"));

        Assert.Contains("第 3 步（共 4 步）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Option_NotOffered_IsRejected()
    {
        TestBot bot = new();
        PreparationData.Seed(bot);
        string id = await PreparationData.OpenAsync(bot);

        InvokeResponse response = await PreparationData.ClickAsync(bot, "prep.option", id, "Options",
            inputs: new JsonObject { ["kind"] = "CourseEnrolment", ["resourceId"] = "c-not-in-catalogue" });

        Assert.Equal(InvokeResponse.MessageContentType, response.Body!["type"]!.GetValue<string>());
        Assert.Empty(bot.Preparations.Items[id].Requests);
        Assert.Empty(bot.Development.Enrolments);
    }

    [Fact]
    public async Task Option_Offered_IsRecordedOnce()
    {
        TestBot bot = new();
        PreparationData.Seed(bot);
        string id = await PreparationData.OpenAsync(bot);
        JsonObject mentor = new() { ["kind"] = "MentorIntroduction", ["resourceId"] = "p-manager" };

        await PreparationData.ClickAsync(bot, "prep.option", id, "Options", inputs: mentor);
        await PreparationData.ClickAsync(bot, "prep.option", id, "Options", inputs: mentor);

        OptionRequest request = Assert.Single(bot.Preparations.Items[id].Requests);
        Assert.Equal((OptionRequestKind.MentorIntroduction, "p-manager", "p-hrbp"), (request.Kind, request.ResourceId, request.RequestedBy));
    }

    [Fact]
    public async Task ActionItem_InThePast_IsRejected()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);
        JsonObject inputs = new() { ["itemTitle"] = "Too late", ["itemDue"] = "2020-01-01" };

        InvokeResponse response = await PreparationData.ClickAsync(bot, "prep.action", id, "WayForward", inputs: inputs);

        Assert.Equal(InvokeResponse.MessageContentType, response.Body!["type"]!.GetValue<string>());
        Assert.Empty(bot.ActionItems.Items);
    }

    [Fact]
    public async Task ActionItem_OwnerFromCardData_CannotBeAnotherPerson()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);
        JsonObject inputs = new()
        {
            ["itemTitle"] = "Shadow a senior colleague",
            ["itemDue"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["itemOwner"] = "p-zhang-lei",
        };

        await PreparationData.ClickAsync(bot, "prep.action", id, "WayForward", inputs: inputs);

        Assert.Equal("p-zhang-wei", Assert.Single(bot.ActionItems.Items.Values).OwnerPersonId);
    }

    [Fact]
    public async Task CompletedPreparation_ShowsBriefAndChangesNothing()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);
        await PreparationData.ClickAsync(bot, "prep.go", id, "WayForward", "Brief");
        Preparation completed = bot.Preparations.Items[id];
        int sent = bot.Connector.Sent.Count;

        InvokeResponse response = await PreparationData.ClickAsync(bot, "prep.go", id, "Goal", "Reality", inputs: new JsonObject { ["notes"] = "late" });

        Assert.Contains("Interview brief", CardText.All(PreparationData.CardOf(response)), StringComparison.Ordinal);
        Assert.Same(completed, bot.Preparations.Items[id]);
        Assert.Equal(string.Empty, bot.Preparations.Items[id].NotesFor(GrowStage.Goal));
        Assert.Equal(sent, bot.Connector.Sent.Count);
    }

    [Fact]
    public async Task Update_AfterConcurrentWrite_ReappliesChange()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);
        Preparation stale = bot.Preparations.Items[id];
        await bot.Preparations.SaveAsync(stale with { TargetRole = "manager" }, CancellationToken.None);
        using IServiceScope scope = bot.Services.CreateScope();
        PreparationService service = scope.ServiceProvider.GetRequiredService<PreparationService>();

        Preparation saved = await service.UpdateAsync(stale, (current, now) => current.WithNotes(GrowStage.Goal, "after the conflict", now), CancellationToken.None);

        Assert.Equal("manager", saved.TargetRole);
        Assert.Equal("after the conflict", saved.NotesFor(GrowStage.Goal));
        Assert.Equal(stale.Version + 2, saved.Version);
    }

    [Fact]
    public async Task CheckIn_ConnectorFailure_TellsHrbp()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);
        await bot.SendAsync(Activities.PersonalMessage("help", TestBot.EmployeeAad));
        bot.Connector.FailSends = true;

        InvokeResponse response = await PreparationData.ClickAsync(bot, "prep.checkin", id, "Goal");

        Assert.Contains("Sending the check-in to Zhang Wei failed", response.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(bot.Preparations.Items[id].CheckInRequestedAt);
    }
}
