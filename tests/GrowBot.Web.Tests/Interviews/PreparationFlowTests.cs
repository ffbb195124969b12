using System.Text.Json.Nodes;
using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Audit;
using GrowBot.Coaching.Demo;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Preparations;
using GrowBot.Web.Tests.Fakes;

namespace GrowBot.Web.Tests.Interviews;

/// <summary>The whole preparation as Li Juan prepares Zhang Wei, through /api/messages of the real host.</summary>
public sealed class PreparationFlowTests : IAsyncLifetime
{
    private static readonly DemoPersona LiJuan = DemoPersonas.LiJuan;
    private FakeConnectorServer _connector = null!;
    private GrowBotAppFactory _app = null!;
    private DemoChat _chat = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        _app = new GrowBotAppFactory(DemoChat.Settings());
        _chat = new DemoChat(_app, _connector);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Goal_ShowsChainShareAndQuestions()
    {
        string goal = PreparationCard.Text(await _chat.AskAsync(LiJuan, "prepare Zhang Wei"));

        Assert.Contains("Step 1 of 4: Goal", goal, StringComparison.Ordinal);
        Assert.Contains("Grow revenue by 20 %", goal, StringComparison.Ordinal);
        Assert.Contains("Sales revenue of 30,000 (10k CNY)", goal, StringComparison.Ordinal);
        Assert.Contains("Sales revenue (personal)", goal, StringComparison.Ordinal);
        Assert.Contains("Carries 20 % of the team goal \"Sales revenue of 30,000 (10k CNY)\".", goal, StringComparison.Ordinal);
        Assert.Contains("Your goal \"Sales revenue (personal)\" is at ", goal, StringComparison.Ordinal);
        Assert.Contains("\"Sales revenue (personal)\" carries 20 % of the team goal", goal, StringComparison.Ordinal);
        AuditRecord audit = Assert.Single(await AuditAsync("e-zhangwei"));
        Assert.Equal(("e-lijuan", PreparationAssembler.AuditAction), (audit.ActorId, audit.Action));
        Assert.Equal(PreparationSections.All.Order(), audit.Sections.Order());
    }

    [Theory]
    [InlineData("120", "Far above the track record: a target of 120 % needs ")]
    [InlineData("60", "Far below the track record: a target of 60 % needs only ")]
    public async Task Goal_TargetFeasibility_IsFlaggedWithNumbers(string target, string expected)
    {
        JsonObject card = await _chat.AskAsync(LiJuan, "prepare Zhang Wei");
        JsonObject data = Go(card, "Goal", "Goal");
        data["targetPercent"] = target;
        data["targetRole"] = "经理";

        string goal = PreparationCard.Text(await _chat.ExecuteCardAsync(LiJuan, "prep.go", data));

        Assert.Contains(expected, goal, StringComparison.Ordinal);
        Assert.Contains("of last year's completion rate (", goal, StringComparison.Ordinal);
        Assert.Contains("Evidence: H", goal, StringComparison.Ordinal);
        Assert.Contains("Target role: Manager", goal, StringComparison.Ordinal);
        Assert.Contains("Missing", goal, StringComparison.Ordinal);
        Assert.Contains("people management", goal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WholeFlow_RecordsOptionsItemsAndSendsBrief()
    {
        JsonObject card = await _chat.AskAsync(LiJuan, "prepare Zhang Wei");
        string preparationId = PreparationCard.PreparationId(card);
        JsonObject toReality = Go(card, "Reality", "Goal");
        toReality["notes"] = "Ask about the quote backlog.";
        await _chat.ExecuteCardAsync(LiJuan, "prep.go", toReality);
        JsonObject options = await _chat.ExecuteCardAsync(LiJuan, "prep.go", Go(card, "Options", "Reality"));

        string optionsText = PreparationCard.Text(options);
        Assert.Contains("Step 3 of 4: Options", optionsText, StringComparison.Ordinal);
        Assert.Contains("Why: customer service: answers the signal \"complaint rise\"", optionsText, StringComparison.Ordinal);
        Assert.Contains("Huang Yong", optionsText, StringComparison.Ordinal);
        Assert.Contains("mentee places taken", optionsText, StringComparison.Ordinal);
        Assert.Contains("skill match", optionsText, StringComparison.Ordinal);

        JsonObject enrol = ButtonData(options, "prep.option", "CourseEnrolment");
        string enrolledText = PreparationCard.Text(await _chat.ExecuteCardAsync(LiJuan, "prep.option", enrol));
        Assert.Contains("Recorded on ", enrolledText, StringComparison.Ordinal);
        JsonObject mentor = ButtonData(options, "prep.option", "MentorIntroduction");
        await _chat.ExecuteCardAsync(LiJuan, "prep.option", mentor);

        await _chat.ExecuteCardAsync(LiJuan, "prep.go", Go(card, "WayForward", "Options"));
        JsonObject invalid = Go(card, null, "WayForward");
        invalid["itemTitle"] = "";
        JsonObject rejected = await _chat.ExecuteAsync(LiJuan, "prep.action", invalid);
        Assert.Equal("application/vnd.microsoft.activity.message", rejected["type"]!.GetValue<string>());

        string due = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        JsonObject item = Go(card, null, "WayForward");
        item["itemTitle"] = "Answer every quote within two days";
        item["itemOwner"] = "e-zhangwei";
        item["itemDue"] = due;
        item["itemMilestones"] = "Triage backlog\nWeekly quote review";
        item["itemCadence"] = "WeeklyFriday";
        item["itemResource"] = "CourseEnrolment:" + enrol["resourceId"]!.GetValue<string>();
        item["itemMetric"] = "complaint_rate";
        string wayText = PreparationCard.Text(await _chat.ExecuteCardAsync(LiJuan, "prep.action", item));
        Assert.Contains("Answer every quote within two days: due " + due, wayText, StringComparison.Ordinal);

        int before = _connector.Requests.Count;
        string brief = PreparationCard.Text(await _chat.ExecuteCardAsync(LiJuan, "prep.go", Go(card, "Brief", "WayForward")));
        Assert.Contains("Interview brief: Zhang Wei", brief, StringComparison.Ordinal);
        Assert.Contains("Data used", brief, StringComparison.Ordinal);
        Assert.Contains("hris, as of ", brief, StringComparison.Ordinal);
        Assert.Contains("Your notes: Ask about the quote backlog.", brief, StringComparison.Ordinal);

        RecordedRequest file = (await _connector.WaitForRequestsAsync(before + 1))[before];
        JsonObject attachment = file.Body!["attachments"]![0]!.AsObject();
        Assert.Equal("text/markdown", attachment["contentType"]!.GetValue<string>());
        string markdown = attachment["content"]!.GetValue<string>();
        Assert.StartsWith("# Interview brief: Zhang Wei", markdown, StringComparison.Ordinal);
        Assert.Contains("## Data used", markdown, StringComparison.Ordinal);
        Assert.Contains("- Customer complaint rate rose from 2.00 to 2.30", markdown, StringComparison.Ordinal);

        Preparation stored = (await Service<IPreparationStore>().GetAsync(DemoPersonas.DefaultTenantId, preparationId, default))!;
        Assert.NotNull(stored.CompletedAt);
        Assert.Equal("Ask about the quote backlog.", stored.NotesFor(GrowStage.Goal));
        Assert.Equal([OptionRequestKind.CourseEnrolment, OptionRequestKind.MentorIntroduction], stored.Requests.Select(r => r.Kind));
        IReadOnlyList<CourseEnrolment> enrolments = await Service<IDevelopmentStore>().ListEnrolmentsAsync(DemoPersonas.DefaultTenantId, "e-zhangwei", default);
        Assert.Contains(enrolments, e => e.CourseId == enrol["resourceId"]!.GetValue<string>() && e.Status == EnrolmentStatus.Enrolled);
        ActionItem saved = Assert.Single(await Service<IActionItemStore>().ListForEmployeeAsync(DemoPersonas.DefaultTenantId, "e-zhangwei", default));
        Assert.Equal((preparationId, "e-zhangwei", CheckInCadence.WeeklyFriday, "complaint_rate"), (saved.PreparationId, saved.OwnerPersonId, saved.Cadence, saved.MetricCode));
        Assert.Equal(["Triage backlog", "Weekly quote review"], saved.Milestones);

        string portfolio = PreparationCard.Text(await _chat.AskAsync(LiJuan, "我的员工", "zh-CN"));
        Assert.Contains("你的员工（20 人）", portfolio, StringComparison.Ordinal);
        Assert.Contains("张伟", portfolio, StringComparison.Ordinal);
        Assert.Contains("未完成行动项：1", portfolio, StringComparison.Ordinal);
        Assert.True(portfolio.IndexOf("张伟", StringComparison.Ordinal) < portfolio.IndexOf("陈刚", StringComparison.Ordinal), "Zhang Wei has signals and comes before the control.");
    }

    [Fact]
    public async Task SubmitFallback_UpdatesClickedCard()
    {
        JsonObject card = await _chat.AskAsync(LiJuan, "prepare Zhang Wei");
        JsonObject submit = _chat.Activity(LiJuan, "message", "en-US");
        JsonObject value = Go(card, "Reality", "Goal");
        value["verb"] = "prep.go";
        submit["value"] = value;
        submit["replyToId"] = "activity-7";

        RecordedRequest update = await _chat.PostAndWaitAsync(submit);

        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/activity-7", update.Path, StringComparison.Ordinal);
        Assert.Contains("Step 2 of 4: Reality", PreparationCard.Text(update.Card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("he-ting")]
    [InlineData("zhang-wei")]
    [InlineData("huang-yong")]
    public async Task CardAction_ByAnotherUser_IsRejected(string clicker)
    {
        JsonObject card = await _chat.AskAsync(LiJuan, "prepare Zhang Wei");
        JsonObject data = Go(card, "Reality", "Goal");
        data["notes"] = "overwritten";

        JsonObject response = await _chat.ExecuteAsync(DemoPersonas.Get(clicker), "prep.go", data);

        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());
        Preparation stored = (await Service<IPreparationStore>().GetAsync(DemoPersonas.DefaultTenantId, PreparationCard.PreparationId(card), default))!;
        Assert.Equal(GrowStage.Goal, stored.Stage);
        Assert.Equal(string.Empty, stored.NotesFor(GrowStage.Goal));
    }

    [Fact]
    public async Task Unassigned_GetsSameRefusalAsNonexistent()
    {
        string unassigned = PreparationCard.Text(await _chat.AskAsync(LiJuan, "prepare Liu Yang"));
        string nonexistent = PreparationCard.Text(await _chat.AskAsync(LiJuan, "prepare Nobody Nowhere"));

        Assert.Equal(unassigned.Replace("Liu Yang", "X", StringComparison.Ordinal), nonexistent.Replace("Nobody Nowhere", "X", StringComparison.Ordinal));
        Assert.Empty(await AuditAsync("e-liuyang"));
        Assert.Empty(await Service<IPreparationStore>().ListByHrbpAsync(DemoPersonas.DefaultTenantId, "e-lijuan", 10, default));
    }

    [Fact]
    public async Task CheckIn_ReachesEmployeeAndAnswerAppearsInPreparation()
    {
        await _chat.AskAsync(DemoPersonas.ZhangWei, "help");
        JsonObject card = await _chat.AskAsync(LiJuan, "prepare Zhang Wei");
        int before = _connector.Requests.Count;

        string pending = PreparationCard.Text(await _chat.ExecuteCardAsync(LiJuan, "prep.checkin", Go(card, null, "Goal")));

        RecordedRequest sent = (await _connector.WaitForRequestsAsync(before + 1))[before];
        Assert.Contains(Uri.EscapeDataString("a:personal-zhang-wei"), sent.Path, StringComparison.Ordinal);
        // The employee gets the card in their own language (the demo tenant defaults to zh-CN), not the HRBP's.
        Assert.Contains("你与 李娟 即将进行的面谈", PreparationCard.Text(sent.Card), StringComparison.Ordinal);
        Assert.Contains("checkin.submit", sent.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("你有一条新的 GrowBot 消息", sent.Body!["summary"]!.GetValue<string>());
        Assert.Contains("Check-in sent on ", pending, StringComparison.Ordinal);

        JsonObject answer = new()
        {
            ["preparationId"] = PreparationCard.PreparationId(card),
            ["topics"] = "Workload in the quote team",
            ["score"] = "2",
            ["comment"] = "Need another colleague",
        };
        JsonObject thanks = await _chat.ExecuteCardAsync(DemoPersonas.ZhangWei, "checkin.submit", answer);
        Assert.Contains("Li Juan will see your answers", PreparationCard.Text(thanks), StringComparison.Ordinal);

        string resumed = PreparationCard.Text(await _chat.AskAsync(LiJuan, "continue"));
        Assert.Contains("Topics: Workload in the quote team", resumed, StringComparison.Ordinal);
        Assert.Contains("Self-assessment: 2 of 5", resumed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_WithoutConversation_TellsHrbp()
    {
        JsonObject card = await _chat.AskAsync(LiJuan, "prepare Chen Gang");

        JsonObject response = await _chat.ExecuteAsync(LiJuan, "prep.checkin", Go(card, null, "Goal"));

        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());
        Assert.Contains("Chen Gang has not opened GrowBot", response["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckInAnswer_ByAnotherEmployee_IsRejected()
    {
        await _chat.AskAsync(DemoPersonas.ZhangWei, "help");
        JsonObject card = await _chat.AskAsync(LiJuan, "prepare Zhang Wei");
        await _chat.ExecuteCardAsync(LiJuan, "prep.checkin", Go(card, null, "Goal"));
        JsonObject answer = new() { ["preparationId"] = PreparationCard.PreparationId(card), ["topics"] = "forged", ["score"] = "5" };

        JsonObject response = await _chat.ExecuteAsync(DemoPersonas.ChenGang, "checkin.submit", answer);

        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());
        Preparation stored = (await Service<IPreparationStore>().GetAsync(DemoPersonas.DefaultTenantId, PreparationCard.PreparationId(card), default))!;
        Assert.Null(stored.CheckIn);
    }

    private static JsonObject Go(JsonObject card, string? stage, string from)
    {
        JsonObject data = new() { ["preparationId"] = PreparationCard.PreparationId(card), ["from"] = from };
        if (stage is not null)
        {
            data["stage"] = stage;
        }

        return data;
    }

    /// <summary>Returns the data of the first Action.Execute with the verb and option kind.</summary>
    private static JsonObject ButtonData(JsonObject card, string verb, string kind)
    {
        JsonObject? found = Find(card, node => node is JsonObject o && o["type"]?.GetValue<string>() == "Action.Execute"
            && o["verb"]?.GetValue<string>() == verb && o["data"]?["kind"]?.GetValue<string>() == kind);
        return (JsonObject)found!["data"]!.DeepClone();
    }

    private static JsonObject? Find(JsonNode? node, Func<JsonNode, bool> match) => node switch
    {
        null => null,
        _ when match(node) => (JsonObject)node,
        JsonObject obj => obj.Select(p => Find(p.Value, match)).FirstOrDefault(f => f is not null),
        JsonArray array => array.Select(n => Find(n, match)).FirstOrDefault(f => f is not null),
        _ => null,
    };

    private T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    private Task<IReadOnlyList<AuditRecord>> AuditAsync(string subjectId) =>
        Service<IAuditLog>().ListAsync(DemoPersonas.DefaultTenantId, subjectId, 100, default);
}
