using System.Text.Json.Nodes;
using GrowBot.Coaching.Demo;
using GrowBot.Coaching.Tenants;
using GrowBot.Web.Tests.Fakes;

namespace GrowBot.Web.Tests.Interviews;

/// <summary>
/// Opens a preparation through /api/messages as the persona's HRBP, moves to the Reality stage and checks that the
/// persona's trend signals appear with their numbers and thresholds, and that the controls get none.
/// </summary>
public sealed class RealitySignalTests : IClassFixture<RealitySignalTests.DemoHost>
{
    private readonly DemoHost _host;

    public RealitySignalTests(DemoHost host)
    {
        _host = host;
    }

    public static TheoryData<string, string[]> RulePersonas() => new()
    {
        { "zhang-wei", ["Overtime rose from 20 h to 26 h a month (+30 %; threshold: +25 % with at least 10 h).",
            "Customer complaint rate rose from 2.00 to 2.30 (+15 %; threshold: +10 %).",
            "Your overtime went from 20 h to 26 h last month.",
            "Overtime is up 30 % and complaints are up 15 % at the same time. Is the team short-staffed"] },
        { "liu-yang", ["Rating declined 3 quarters in a row: 4.2 → 4.0 → 3.7 → 3.3 (threshold: 3 consecutive declines).",
            "Your ratings went from 4.2 to 3.3 over the last 3 quarters."] },
        { "chen-jing", ["Training participation fell from 85 % to 60 % (-25 points; threshold: a drop of 20 points).",
            "Your training participation went from 85 % to 60 %."] },
        { "sun-li", ["Training participation fell from 80 % to 60 % (-20 points; threshold: a drop of 20 points)."] },
        { "wang-qiang", ["Overtime rose from 16 h to 24 h a month (+50 %; threshold: +25 % with at least 10 h)."] },
        { "lin-na", ["Customer complaint rate rose from 2.00 to 2.40 (+20 %; threshold: +10 %).",
            "Customer complaints went from 2.00 to 2.40 per 100 contacts."] },
        { "zhao-min", ["Goal completion fell from 92 % to 70 % (-22 points; threshold: a drop of 15 points).",
            "Goal completion went from 92 % to 70 %."] },
    };

    [Theory]
    [MemberData(nameof(RulePersonas))]
    public async Task RulePersona_ShowsSignalsWithNumbers(string key, string[] expected)
    {
        DemoPersona persona = DemoPersonas.Get(key);

        string reality = PreparationCard.Text(await _host.OpenRealityAsync(persona));

        foreach (string text in expected)
        {
            Assert.Contains(text, reality, StringComparison.Ordinal);
        }

        Assert.Equal(persona.ExpectedSignals.Count, CountOf(reality, "threshold:"));
        Assert.DoesNotContain("No trend signal", reality, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chen-gang")]
    [InlineData("zhou-jie")]
    [InlineData("gao-yan")]
    public async Task Control_ShowsNoSignal(string key)
    {
        string reality = PreparationCard.Text(await _host.OpenRealityAsync(DemoPersonas.Get(key)));

        Assert.Contains("No trend signal", reality, StringComparison.Ordinal);
        Assert.Equal(0, CountOf(reality, "threshold:"));
    }

    [Fact]
    public async Task ZhangWei_Chinese_ShowsSignalsWithNumbers()
    {
        string reality = PreparationCard.Text(await _host.OpenRealityAsync(DemoPersonas.ZhangWei, "zh-CN"));

        Assert.Contains("月加班从 20 小时增加到 26 小时（+30%；阈值：增加 25% 且至少 10 小时）。", reality, StringComparison.Ordinal);
        Assert.Contains("客户投诉率从 2.00 升至 2.30（+15%；阈值：上升 10%）。", reality, StringComparison.Ordinal);
        Assert.Contains("加班增加了 30%，同时投诉上升了 15%。团队是不是人手不够？", reality, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reality_ShowsFourDimensionsWithSourcesAndDates()
    {
        string reality = PreparationCard.Text(await _host.OpenRealityAsync(DemoPersonas.ZhangWei));

        foreach (string heading in new[] { "Performance", "Workload", "Growth", "Feedback" })
        {
            Assert.Contains(heading, reality, StringComparison.Ordinal);
        }

        Assert.Contains("(source: hris, as of ", reality, StringComparison.Ordinal);
        Assert.Contains("(source: crm, as of ", reality, StringComparison.Ordinal);
        Assert.Contains("Sales amount (10k CNY)", reality, StringComparison.Ordinal);
        Assert.Contains("Concurrent projects", reality, StringComparison.Ordinal);
        Assert.Contains("Training participation (%)", reality, StringComparison.Ordinal);
        Assert.Contains("Replies to my quotes took over a week this quarter.", reality, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    /// <summary>One host on the demo tenant for the whole class; every persona opens its own preparation.</summary>
    public sealed class DemoHost : IAsyncLifetime
    {
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

        private readonly SemaphoreSlim _turns = new(1, 1);

        /// <summary>Prepares the persona as their HRBP and returns the Reality stage card.</summary>
        public async Task<JsonObject> OpenRealityAsync(DemoPersona persona, string locale = "en-US")
        {
            await _turns.WaitAsync();
            try
            {
                DemoPersona hrbp = DemoPersonas.All.Single(p => p.PersonId == persona.HrbpId);
                // A second request for the same persona resumes the open preparation at its stored stage.
                JsonObject goal = await _chat.AskAsync(hrbp, $"prepare {persona.NameEn}", locale);
                JsonObject data = new() { ["preparationId"] = PreparationCard.PreparationId(goal), ["stage"] = "Reality", ["from"] = "Goal" };
                return await _chat.ExecuteCardAsync(hrbp, "prep.go", data, locale);
            }
            finally
            {
                _turns.Release();
            }
        }
    }
}
