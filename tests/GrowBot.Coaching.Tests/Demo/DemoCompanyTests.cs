using GrowBot.Coaching.Demo;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;
using Microsoft.Extensions.Time.Testing;

namespace GrowBot.Coaching.Tests.Demo;

public sealed class DemoCompanyTests
{
    private static readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    private static DemoDataSet Build() => DemoCompany.Build(DemoPersonas.DefaultTenantId, _clock);

    public static TheoryData<string> PersonaKeys => new(DemoPersonas.All.Select(p => p.Key));

    [Theory]
    [MemberData(nameof(PersonaKeys))]
    public void Persona_RaisesExpectedSignals(string key)
    {
        DemoPersona persona = DemoPersonas.Get(key);
        DemoDataSet data = Build();

        IReadOnlyList<TrendSignal> signals = TrendRules.EvaluateAll(data.SeriesByMetric(persona.PersonId), data.Settings.Thresholds, data.Today);

        Assert.Equal(persona.ExpectedSignals.Order(), signals.Select(s => s.Code).Order());
    }

    [Fact]
    public void EveryOtherEmployee_RaisesNoSignal()
    {
        DemoDataSet data = Build();
        var personaIds = DemoPersonas.All.Select(p => p.PersonId).ToHashSet();

        foreach (var person in data.People.Where(p => !personaIds.Contains(p.Id)))
        {
            IReadOnlyList<TrendSignal> signals = TrendRules.EvaluateAll(data.SeriesByMetric(person.Id), data.Settings.Thresholds, data.Today);
            Assert.True(signals.Count == 0, $"{person.Id} raised {string.Join(", ", signals.Select(s => s.Code))}");
        }
    }

    [Fact]
    public void EveryRule_HasAPersona()
    {
        var covered = DemoPersonas.All.SelectMany(p => p.ExpectedSignals).ToHashSet();

        Assert.All(TrendSignalCodes.All, code => Assert.Contains(code, covered));
        Assert.Contains(DemoPersonas.All, p => p.ExpectedSignals.Count >= 2);
        Assert.NotEmpty(DemoPersonas.Controls);
    }

    [Fact]
    public void Build_SameClock_SameData()
    {
        DemoDataSet first = Build();
        DemoDataSet second = Build();

        Assert.Equal(first.Metrics, second.Metrics);
        Assert.Equal(first.Skills, second.Skills);
        Assert.Equal(first.Enrolments, second.Enrolments);
    }

    [Fact]
    public void Build_HasCompanyShape()
    {
        DemoDataSet data = Build();

        Assert.True(data.Departments.Count >= 6);
        Assert.True(data.People.Count >= 60);
        Assert.Equal(data.People.Count, data.People.Select(p => p.Id).Distinct().Count());
        Assert.Equal(data.People.Count, data.People.Select(p => p.AadObjectId).Distinct().Count());
        Assert.All(data.People, p => Assert.EndsWith("@contoso-demo.example", p.Email));
        Assert.Equal(3, data.Assignments.Select(a => a.HrbpId).Distinct().Count());
        Assert.Single(data.Settings.AdminAadObjectIds);
        Assert.Equal(2, data.People.Count(p => p.NameZh == DemoPersonas.SharedNameZh));
    }

    [Fact]
    public void Build_SeriesLengths()
    {
        DemoDataSet data = Build();

        Assert.Equal(8, data.Series("e-zhangwei", MetricCodes.Rating).Points.Count);
        Assert.Equal(12, data.Series("e-zhangwei", MetricCodes.OvertimeHours).Points.Count);
        Assert.Equal(4, data.Series("e-zhangwei", MetricCodes.TrainingParticipation).Points.Count);
        Assert.Equal(new DateOnly(2026, 11, 1), data.Series("e-zhangwei", MetricCodes.OvertimeHours).Latest!.PeriodStart);
        Assert.Equal(new DateOnly(2026, 7, 1), data.Series("e-zhangwei", MetricCodes.Rating).Latest!.PeriodStart);
        Assert.NotEmpty(data.Series("e-zhangwei", DemoCompany.KpiCodes.SalesAmount).Points);
        Assert.NotEmpty(data.Series("e-liuyang", DemoCompany.KpiCodes.CodeQuality).Points);
        Assert.NotEmpty(data.Series("e-linna", DemoCompany.KpiCodes.StoreSales).Points);
        Assert.NotEmpty(data.Series("e-zhaomin", DemoCompany.KpiCodes.AssetsUnderManagement).Points);
        Assert.NotEmpty(data.Series("e-wangqiang", DemoCompany.KpiCodes.YieldRate).Points);
    }

    [Fact]
    public void Goals_FormChains()
    {
        DemoDataSet data = Build();
        var byId = data.Goals.ToDictionary(g => g.Id);

        var zhangWei = byId["g-e-zhangwei"];
        Assert.Equal(20m, zhangWei.ContributionPercent);
        var team = byId[zhangWei.ParentId!];
        Assert.Equal(DemoCompany.CompanyRevenueGoalId, team.ParentId);
        Assert.All(data.Goals.Where(g => g.ParentId is not null), g => Assert.True(byId.ContainsKey(g.ParentId!), g.Id));
    }

    [Fact]
    public void Personas_MatchRoster()
    {
        DemoDataSet data = Build();

        Assert.All(DemoPersonas.All, persona =>
        {
            var person = Assert.Single(data.People, p => p.Id == persona.PersonId);
            Assert.Equal(persona.AadObjectId, person.AadObjectId);
            if (persona.HrbpId is not null)
            {
                Assert.Contains(data.Assignments, a => a.HrbpId == persona.HrbpId && a.EmployeeId == persona.PersonId);
            }
        });
        Assert.Equal(DemoPersonas.LiJuan.PersonId, DemoPersonas.ZhangWei.HrbpId);
        Assert.NotEqual(DemoPersonas.LiJuan.PersonId, DemoPersonas.LiuYang.HrbpId);
    }

    [Fact]
    public void AadObjectIdFor_IsStableGuid()
    {
        string id = DemoPersonas.AadObjectIdFor("e-zhangwei");

        Assert.Equal(id, DemoPersonas.AadObjectIdFor("e-zhangwei"));
        Assert.Equal('4', id[14]);
        Assert.True(Guid.TryParse(id, out _));
    }

    [Fact]
    public void AadObjectIdFor_MatchesDocumentedIds()
    {
        // docs/demo-data.md lists these ids for signing in as the personas; changing them breaks local chats.
        Assert.Equal("bc7d15da-749a-4dd5-aa7f-9f7ea86b3bf1", DemoPersonas.LiJuan.AadObjectId);
        Assert.Equal("568f81d8-a134-461f-b48e-cc02a78a2909", DemoPersonas.ZhangWei.AadObjectId);
    }
}
