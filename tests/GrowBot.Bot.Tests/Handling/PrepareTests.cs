using System.Text.Json.Nodes;
using GrowBot.Bot.Tests.Fakes;
using GrowBot.Coaching.Audit;
using GrowBot.Coaching.Preparations;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Tests.Handling;

public sealed class PrepareTests
{
    [Theory]
    [InlineData("prepare Zhang Wei", "en-US", "Zhang Wei", "Account Manager", "Sales East", "Wang Fang")]
    [InlineData("准备面谈 张伟", "zh-CN", "张伟", "客户经理", "华东销售部", "王芳")]
    [InlineData("准备 p-zhang-wei@contoso.example", "zh-CN", "张伟", "客户经理", "华东销售部", "王芳")]
    public async Task Assigned_OpensPreparationAndWritesAudit(string text, string locale, string name, string title, string department, string manager)
    {
        TestBot bot = new();

        string card = CardText.All(await bot.AskAsync(text, locale: locale));

        Assert.Contains(name, card, StringComparison.Ordinal);
        Assert.Contains(title, card, StringComparison.Ordinal);
        Assert.Contains(department, card, StringComparison.Ordinal);
        Assert.Contains(manager, card, StringComparison.Ordinal);
        Preparation preparation = Assert.Single(bot.Preparations.Items.Values);
        Assert.Equal(("p-hrbp", "p-zhang-wei", GrowStage.Goal), (preparation.HrbpId, preparation.EmployeeId, preparation.Stage));
        AuditRecord record = Assert.Single(bot.Audit.Records);
        Assert.Equal((TestBot.TenantId, "p-hrbp", "p-zhang-wei", "preparation.read"), (record.TenantId, record.ActorId, record.SubjectId, record.Action));
        Assert.Equal(PreparationSections.All.Order(), record.Sections.Order());
    }

    [Fact]
    public async Task Reality_ShowsQuarterAndSourceOfRating()
    {
        TestBot bot = new();
        await bot.AskAsync("prepare Zhang Wei");
        Preparation preparation = Assert.Single(bot.Preparations.Items.Values);
        JsonObject data = new() { ["preparationId"] = preparation.Id, ["stage"] = "Reality", ["from"] = "Goal" };

        string english = CardText.All((await bot.InvokeAsync(Activities.Execute("prep.go", (JsonObject)data.DeepClone()))).Body!["value"]);
        string chinese = CardText.All((await bot.InvokeAsync(Activities.Execute("prep.go", (JsonObject)data.DeepClone(), locale: "zh-CN"))).Body!["value"]);

        Assert.Contains("Rating Q3 2026", english, StringComparison.Ordinal);
        Assert.Contains("3.4 (source: HRIS, as of 2026-10-05)", english, StringComparison.Ordinal);
        Assert.Contains("绩效评分 2026 年第 3 季度", chinese, StringComparison.Ordinal);
        Assert.Contains("3.4（来源：HRIS，截至 2026-10-05）", chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task UnassignedAndNonexistent_GetIdenticalRefusal(string locale)
    {
        TestBot bot = new();

        JsonObject unassigned = await bot.AskAsync("prepare Zhang Lei", locale: locale);
        bot.People.People.RemoveAll(p => p.Id == "p-zhang-lei");
        JsonObject nonexistent = await bot.AskAsync("prepare Zhang Lei", locale: locale);

        Assert.Equal(unassigned.ToJsonString(), nonexistent.ToJsonString());
        Assert.DoesNotContain("工程师", CardText.All(unassigned), StringComparison.Ordinal);
        Assert.DoesNotContain("Engineer", CardText.All(unassigned), StringComparison.Ordinal);
        Assert.Empty(bot.Audit.Records);
    }

    [Fact]
    public async Task Refusal_EnglishText()
    {
        TestBot bot = new();

        string card = CardText.All(await bot.AskAsync("prepare Nobody Here"));

        Assert.Equal("I could not find an employee assigned to you called Nobody Here.", card);
    }

    [Fact]
    public async Task SeveralMatches_ChoiceListsOnlyAssignedPeople()
    {
        TestBot bot = new();

        JsonObject card = await bot.AskAsync("prepare zhang");

        string text = CardText.All(card);
        Assert.Contains("Zhang Wei", text, StringComparison.Ordinal);
        Assert.Contains("Zhang Min", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zhang Lei", text, StringComparison.Ordinal);
        Assert.DoesNotContain("p-zhang-lei", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"prepare.select\"", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(bot.Audit.Records);
    }

    [Fact]
    public async Task NonHrbp_GetsRefusal()
    {
        TestBot bot = new();

        string card = CardText.All(await bot.AskAsync("prepare Zhang Min", TestBot.EmployeeAad));

        Assert.Contains("HR business partners only", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Sales Analyst", card, StringComparison.Ordinal);
        Assert.Empty(bot.Audit.Records);
    }

    [Fact]
    public async Task MissingName_AsksForName()
    {
        TestBot bot = new();

        string card = CardText.All(await bot.AskAsync("准备面谈", locale: "zh-CN"));

        Assert.Contains("请告诉我要为哪位员工准备面谈", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_Assigned_ReturnsProfileCard()
    {
        TestBot bot = new();

        InvokeResponse response = await bot.InvokeAsync(Activities.Execute("prepare.select", new JsonObject { ["personId"] = "p-zhang-min" }));

        Assert.Equal(200, response.Status);
        Assert.Equal(InvokeResponse.CardContentType, response.Body!["type"]!.GetValue<string>());
        Assert.Contains("Zhang Min", CardText.All(response.Body["value"]), StringComparison.Ordinal);
        Assert.Equal("p-zhang-min", Assert.Single(bot.Audit.Records).SubjectId);
    }

    [Theory]
    [InlineData("p-zhang-lei", TestBot.HrbpAad)]
    [InlineData("p-nobody", TestBot.HrbpAad)]
    [InlineData("p-zhang-min", TestBot.EmployeeAad)]
    [InlineData("p-zhang-min", TestBot.StrangerAad)]
    public async Task Select_RechecksClickerAgainstAssignment(string personId, string clickerAad)
    {
        TestBot bot = new();

        InvokeResponse response = await bot.InvokeAsync(Activities.Execute("prepare.select", new JsonObject { ["personId"] = personId }, clickerAad));

        Assert.Equal(InvokeResponse.MessageContentType, response.Body!["type"]!.GetValue<string>());
        Assert.DoesNotContain("Zhang", response.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(bot.Audit.Records);
    }

    [Fact]
    public async Task Select_ThroughSubmitFallback_RechecksAssignment()
    {
        TestBot bot = new();
        Activity submit = Activities.PersonalMessage(string.Empty);
        submit.Text = null;
        submit.Value = new JsonObject { ["verb"] = "prepare.select", ["personId"] = "p-zhang-lei" };

        Activity reply = Assert.Single(await bot.SendAsync(submit));

        Assert.Contains("could not find that employee", CardText.All(TestBot.CardOf(reply)), StringComparison.Ordinal);
        Assert.Empty(bot.Audit.Records);
    }

    [Fact]
    public async Task Prepare_ThroughSubmitWithNameInput_ShowsProfile()
    {
        TestBot bot = new();
        Activity submit = Activities.PersonalMessage(string.Empty);
        submit.Text = null;
        submit.Value = new JsonObject { ["verb"] = "prepare", ["name"] = "Zhang Wei" };

        Activity reply = Assert.Single(await bot.SendAsync(submit));

        Assert.Contains("Account Manager", CardText.All(TestBot.CardOf(reply)), StringComparison.Ordinal);
        Assert.Single(bot.Audit.Records);
    }
}
