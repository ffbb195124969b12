using System.Text.Json.Nodes;
using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Profiles;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Tests.Fakes;

/// <summary>Goals, catalogue, skills and feedback for Zhang Wei of the test bot, and helpers to walk the preparation.</summary>
internal static class PreparationData
{
    public static void Seed(TestBot bot, int feedbackItems = 2, int textRepeat = 1)
    {
        DateOnly today = DateOnly.FromDateTime(DateTime.UtcNow);
        DateOnly start = PeriodMath.StartOf(today, PeriodKind.HalfYear);
        DateOnly end = PeriodMath.End(start, PeriodKind.HalfYear).AddDays(-1);
        string Long(string text) => string.Concat(Enumerable.Repeat(text + " ", textRepeat)).Trim();

        bot.Goals.Goals.Add(new Goal(TestBot.TenantId, "g-company", GoalLevel.Company, null, "exec", null, Long("Grow revenue by 20 %"), "营收增长 20%", null, 20m, 9m, "%", start, end, 100m, 100m));
        bot.Goals.Goals.Add(new Goal(TestBot.TenantId, "g-team", GoalLevel.Team, "g-company", "sales", "p-manager", Long("Sales of 10,000"), "销售额 10,000", "sales_amount", 10_000m, 5_000m, "10k CNY", start, end, 50m, 100m));
        bot.Goals.Goals.Add(new Goal(TestBot.TenantId, "g-zhang-wei", GoalLevel.Personal, "g-team", "sales", "p-zhang-wei", Long("Sales (personal)"), "销售额（个人）", "sales_amount", 2_000m, 900m, "10k CNY", start, end, 20m, 100m));

        DateTimeOffset asOf = new(2026, 10, 5, 0, 0, 0, TimeSpan.Zero);
        bot.Metrics.Series[("p-zhang-wei", MetricCodes.GoalCompletion)] =
        [
            new(new DateOnly(2025, 7, 1), PeriodKind.HalfYear, 90m, "HRIS", asOf),
            new(new DateOnly(2026, 1, 1), PeriodKind.HalfYear, 80m, "HRIS", asOf),
        ];

        bot.Catalog.Courses.Add(new Course(TestBot.TenantId, "c-sql", Long("SQL for analysts"), "SQL 入门", ["sql"], "zh-CN", 12m, "Academy"));
        bot.Catalog.Courses.Add(new Course(TestBot.TenantId, "c-lead", Long("First-time manager"), "新任经理", ["people_management", "coaching"], "zh-CN", 24m, "Academy"));
        bot.Catalog.Mentors.Add(new Mentor(TestBot.TenantId, "p-manager", ["people_management", "sql"], 3, 1));
        bot.Catalog.Projects.Add(new DevelopmentProject(TestBot.TenantId, "p-data", Long("Customer data platform"), "客户数据平台", ProjectKind.CrossTeam, "sales", ["sql"], 2));
        bot.Catalog.Openings.Add(new InternalOpening(TestBot.TenantId, "o-analyst", Long("Marketing analyst"), "市场分析师", "sales", ["sql", "data_analysis", "presentation", "marketing"]));
        bot.Development.Skills.Add(new PersonSkill(TestBot.TenantId, "p-zhang-wei", "sql", 1, InProgress: true));
        bot.Development.Skills.Add(new PersonSkill(TestBot.TenantId, "p-zhang-wei", "presentation", 4, InProgress: false));
        for (int i = 0; i < feedbackItems; i++)
        {
            bot.Development.Feedback.Add(new FeedbackItem(TestBot.TenantId, $"fb-{i}", "p-zhang-wei", i % 2 == 0 ? FeedbackKind.Peer : FeedbackKind.Customer,
                Long($"Helpful colleague number {i}."), $"乐于助人的同事 {i}。", today.AddDays(-i - 1), "hris-360"));
        }
    }

    /// <summary>Opens Zhang Wei's preparation and returns its id.</summary>
    public static async Task<string> OpenAsync(TestBot bot, string locale = "en-US")
    {
        await bot.AskAsync("prepare Zhang Wei", locale: locale);
        return bot.Preparations.Items.Values.Single(p => p.EmployeeId == "p-zhang-wei" && p.IsOpen).Id;
    }

    /// <summary>Clicks a button of the preparation card and returns the invoke response.</summary>
    public static Task<InvokeResponse> ClickAsync(TestBot bot, string verb, string preparationId, string from, string? stage = null, string locale = "en-US", JsonObject? inputs = null, string clicker = TestBot.HrbpAad)
    {
        JsonObject data = new() { ["preparationId"] = preparationId, ["from"] = from };
        if (stage is not null)
        {
            data["stage"] = stage;
        }

        foreach ((string key, JsonNode? value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return bot.InvokeAsync(Activities.Execute(verb, data, clicker, locale));
    }

    public static JsonObject CardOf(InvokeResponse response)
    {
        Assert.Equal(InvokeResponse.CardContentType, response.Body!["type"]!.GetValue<string>());
        return response.Body["value"]!.AsObject();
    }

    public static GrowStage StageOf(TestBot bot, string preparationId) => bot.Preparations.Items[preparationId].Stage;
}
