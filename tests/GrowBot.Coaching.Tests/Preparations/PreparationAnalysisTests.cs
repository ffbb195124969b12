using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Demo;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;
using Microsoft.Extensions.Time.Testing;

namespace GrowBot.Coaching.Tests.Preparations;

/// <summary>Goal feasibility, target-role gaps, option ranking and combined questions on the demo company's data.</summary>
public sealed class PreparationAnalysisTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DemoDataSet Demo = DemoCompany.Build(DemoPersonas.DefaultTenantId, new FakeTimeProvider(Now));

    [Theory]
    [InlineData(80, 100, FeasibilityVerdict.FarAbove)]
    [InlineData(80, 99, FeasibilityVerdict.Realistic)]
    [InlineData(80, 69, FeasibilityVerdict.Realistic)]
    [InlineData(80, 68, FeasibilityVerdict.FarBelow)]
    public void Feasibility_ComparesTargetWithLastYear(decimal completion, decimal target, FeasibilityVerdict verdict)
    {
        PreparationProfile profile = Profile("e-zhangwei", completion: [completion, completion]);

        FeasibilityCheck check = GoalAnalysis.CheckFeasibility(target, profile, new PreparationOptions());

        Assert.Equal(verdict, check.Verdict);
        Assert.Equal(completion, check.LastYearCompletion);
        Assert.Equal(Math.Round(target / completion * 100m, 0), check.RequiredOfTrackRecord);
        Assert.Equal(2, check.Periods.Count);
    }

    [Fact]
    public void Feasibility_WithoutHistory_SaysSo()
    {
        FeasibilityCheck check = GoalAnalysis.CheckFeasibility(120m, Profile("e-zhangwei", completion: []), new PreparationOptions());

        Assert.Equal(FeasibilityVerdict.NoHistory, check.Verdict);
        Assert.Null(check.RequiredOfTrackRecord);
    }

    [Theory]
    [InlineData("manager", "Manager", null)]
    [InlineData("经理", "Manager", null)]
    [InlineData("I want to become a manager", "Manager", null)]
    [InlineData("marketing analyst", "Marketing analyst", "o-marketing-analyst")]
    [InlineData("市场分析师", "Marketing analyst", "o-marketing-analyst")]
    public void TargetRole_ResolvesBuiltInRolesAndOpenings(string text, string title, string? openingId)
    {
        TargetRole? role = RoleGaps.Resolve(text, Demo.Openings);

        Assert.Equal(title, role?.TitleEn);
        Assert.Equal(openingId, role?.OpeningId);
    }

    [Fact]
    public void TargetRole_Unknown_IsNull() => Assert.Null(RoleGaps.Resolve("astronaut", Demo.Openings));

    [Fact]
    public void RoleGap_SplitsHeldBuildingAndMissing()
    {
        TargetRole role = new("Manager", "经理", ["people_management", "coaching", "presentation"], null);
        PersonSkill[] skills =
        [
            new("t", "e", "presentation", 4, false),
            new("t", "e", "coaching", 1, true),
        ];

        RoleGap gap = RoleGaps.Measure(role, skills);

        Assert.Equal(["presentation"], gap.Held);
        Assert.Equal(["coaching"], gap.Building);
        Assert.Equal(["people_management"], gap.Missing);
    }

    [Fact]
    public void Options_AreRankedByNeedWithReasons()
    {
        PreparationProfile profile = Profile("e-zhangwei", completion: [90m, 88m]);
        RoleGap gap = RoleGaps.Measure(RoleGaps.Resolve("manager", Demo.Openings)!, profile.Get<GrowthData>()!.Skills);

        RankedOptions options = OptionRanking.Rank(profile, gap);

        Assert.Equal(NeedKind.TargetRole, options.Needs[0].Kind);
        Assert.Equal("c-first-time-manager", options.Courses[0].Course.Id);
        Assert.Contains(options.Courses, c => c.Reasons.Any(r => r.Kind == NeedKind.Signal && r.Detail == TrendSignalCodes.ComplaintRise));
        Assert.DoesNotContain(options.Mentors, m => !m.Mentor.HasCapacity);
        Assert.DoesNotContain(options.Mentors, m => m.Mentor.PersonId == "e-shenlin");
        RankedOpening analyst = options.Openings.Single(o => o.Opening.Id == "o-marketing-analyst");
        int held = analyst.Opening.RequiredSkills.Count - analyst.MissingSkills.Count;
        Assert.Equal((int)Math.Round(held * 100m / analyst.Opening.RequiredSkills.Count, MidpointRounding.AwayFromZero), analyst.MatchPercent);
        Assert.DoesNotContain(options.Openings, o => o.Opening.Id == "o-quality-lead");
        Assert.True(options.Openings.Zip(options.Openings.Skip(1)).All(pair => pair.First.MatchPercent >= pair.Second.MatchPercent));
    }

    [Fact]
    public void Options_LeaveOutCoursesAlreadyTaken()
    {
        PreparationProfile profile = Profile("e-zhangwei", completion: [90m, 88m]);
        HashSet<string> taken = [.. profile.Get<GrowthData>()!.Enrolments.Select(e => e.CourseId)];

        RankedOptions options = OptionRanking.Rank(profile, null);

        Assert.DoesNotContain(options.Courses, c => taken.Contains(c.Course.Id));
    }

    [Fact]
    public void CombinedQuestions_OvertimeAndComplaints_AskAboutStaffing()
    {
        PreparationProfile profile = Profile("e-zhangwei", completion: [90m, 88m]);

        IReadOnlyList<CombinedQuestion> questions = SignalQuestions.Combine(profile.Signals);

        CombinedQuestion question = Assert.Single(questions);
        Assert.Equal(SignalQuestions.ShortStaffed, question.Code);
        Assert.Equal([TrendSignalCodes.OvertimeRise, TrendSignalCodes.ComplaintRise], question.Signals.Select(s => s.Code));
        Assert.Equal(30m, question.Signals[0].Change);
        Assert.Equal(15m, question.Signals[1].Change);
    }

    /// <summary>Builds the profile of a demo employee as the assembler would, with a chosen goal completion history.</summary>
    private static PreparationProfile Profile(string personId, decimal[] completion)
    {
        Person person = Demo.People.Single(p => p.Id == personId);
        DateOnly today = DateOnly.FromDateTime(Now.UtcDateTime);
        DateOnly latestHalf = PeriodMath.LatestCompleteStart(today, PeriodKind.HalfYear);
        MetricSeries completionSeries = new(MetricCodes.GoalCompletion,
            [.. completion.Select((value, i) => new MetricPoint(latestHalf.AddMonths(-6 * (completion.Length - 1 - i)), PeriodKind.HalfYear, value, "hris", Now))]);
        List<GoalChain> chains = [.. Demo.Goals.Where(g => g.OwnerPersonId == personId && g.Level == GoalLevel.Personal).Select(g =>
        {
            Goal team = Demo.Goals.Single(t => t.Id == g.ParentId);
            return new GoalChain(g, team, Demo.Goals.Single(c => c.Id == team.ParentId), null);
        })];
        Dictionary<string, Course> courses = Demo.Courses.ToDictionary(c => c.Id);
        List<(Mentor, Person)> mentors = [.. Demo.Mentors.Select(m => (m, Demo.People.Single(p => p.Id == m.PersonId)))];
        SectionResult[] sections =
        [
            Available(new GoalsData(chains, completionSeries)),
            Available(new PerformanceData(Demo.Series(personId, MetricCodes.Rating), [])),
            Available(new WorkloadData(Demo.Series(personId, MetricCodes.OvertimeHours), Demo.Series(personId, MetricCodes.ConcurrentProjects), new MetricSeries("utilisation", []))),
            Available(new GrowthData(Demo.Series(personId, MetricCodes.TrainingParticipation), [.. Demo.Enrolments.Where(e => e.PersonId == personId)], courses, [.. Demo.Skills.Where(s => s.PersonId == personId)])),
            Available(new FeedbackData([], Demo.Series(personId, MetricCodes.ComplaintRate), Demo.Series(personId, MetricCodes.CustomerSatisfaction), [])),
            Available(new OptionsCatalogData(Demo.Courses, mentors, Demo.Projects, Demo.Openings)),
        ];
        Dictionary<string, MetricSeries> series = sections.SelectMany(s => s.Data!.Series).GroupBy(s => s.MetricCode).ToDictionary(g => g.Key, g => g.First());
        IReadOnlyList<TrendSignal> signals = TrendRules.EvaluateAll(series, Demo.Settings.Thresholds, today);
        return new PreparationProfile(person, null, null, Demo.Settings, today, Now, sections, signals);
    }

    private static SectionResult Available(ProfileSectionData data) => new(data.GetType().Name, SectionStatus.Available, data, TimeSpan.Zero);
}
