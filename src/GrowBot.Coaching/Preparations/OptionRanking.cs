using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Signals;

namespace GrowBot.Coaching.Preparations;

/// <summary>Why a skill matters for this employee.</summary>
public enum NeedKind
{
    /// <summary>The target role requires it and the employee lacks it or is still building it.</summary>
    TargetRole,

    /// <summary>The employee is building the skill now.</summary>
    InProgress,

    /// <summary>It supports a personal goal (by the goal's metric).</summary>
    Goal,

    /// <summary>It answers a trend signal, for example customer service for rising complaints.</summary>
    Signal,
}

/// <summary>A skill the employee needs and why; <see cref="Detail"/> is the goal id or signal code where it applies.</summary>
public sealed record SkillNeed(string Skill, NeedKind Kind, string? Detail);

public sealed record RankedCourse(Course Course, IReadOnlyList<SkillNeed> Reasons);

public sealed record RankedMentor(Mentor Mentor, Person Person, IReadOnlyList<SkillNeed> Reasons);

public sealed record RankedProject(DevelopmentProject Project, IReadOnlyList<SkillNeed> Reasons);

/// <summary>An opening with the percentage of its required skills that the employee has (0–100) and the skills missing.</summary>
public sealed record RankedOpening(InternalOpening Opening, int MatchPercent, IReadOnlyList<string> MissingSkills);

/// <summary>The Options stage: every kind of option ranked for the employee, best first.</summary>
public sealed record RankedOptions(
    IReadOnlyList<SkillNeed> Needs,
    IReadOnlyList<RankedCourse> Courses,
    IReadOnlyList<RankedMentor> Mentors,
    IReadOnlyList<RankedProject> Projects,
    IReadOnlyList<RankedOpening> Openings);

/// <summary>Ranks courses, mentors, projects and openings by the employee's needs.</summary>
public static class OptionRanking
{
    private static readonly Dictionary<string, string> s_signalSkills = new()
    {
        [TrendSignalCodes.ComplaintRise] = "customer_service",
        [TrendSignalCodes.OvertimeRise] = "time_management",
        [TrendSignalCodes.GoalCompletionDrop] = "time_management",
        [TrendSignalCodes.RatingDecline] = "coaching",
    };

    private static readonly Dictionary<string, string> s_goalMetricSkills = new()
    {
        ["sales_amount"] = "negotiation",
        ["aum"] = "financial_planning",
        ["store_sales"] = "store_operations",
        ["delivery_on_time"] = "testing",
        ["feature_adoption"] = "product_management",
        ["yield_rate"] = "lean_manufacturing",
    };

    public static RankedOptions Rank(PreparationProfile profile, RoleGap? gap)
    {
        ArgumentNullException.ThrowIfNull(profile);
        IReadOnlyList<PersonSkill> skills = profile.Get<GrowthData>()?.Skills ?? [];
        IReadOnlyList<SkillNeed> needs = Needs(profile, gap, skills);
        OptionsCatalogData? catalog = profile.Get<OptionsCatalogData>();
        if (catalog is null)
        {
            return new RankedOptions(needs, [], [], [], []);
        }

        HashSet<string> taken = [.. (profile.Get<GrowthData>()?.Enrolments ?? []).Where(e => e.Status != EnrolmentStatus.Withdrawn).Select(e => e.CourseId)];
        List<RankedCourse> courses = [.. catalog.Courses
            .Where(c => !taken.Contains(c.Id))
            .Select(c => new RankedCourse(c, Matching(needs, c.Skills)))
            .Where(c => c.Reasons.Count > 0)
            .OrderBy(c => BestRank(c.Reasons)).ThenByDescending(c => c.Reasons.Count).ThenBy(c => c.Course.Id, StringComparer.Ordinal)];
        List<RankedMentor> mentors = [.. catalog.Mentors
            .Where(m => m.Mentor.HasCapacity)
            .Select(m => new RankedMentor(m.Mentor, m.Person, Matching(needs, m.Mentor.Skills)))
            .Where(m => m.Reasons.Count > 0)
            .OrderBy(m => BestRank(m.Reasons)).ThenByDescending(m => m.Reasons.Count).ThenBy(m => m.Mentor.PersonId, StringComparer.Ordinal)];
        List<RankedProject> projects = [.. catalog.Projects
            .Where(p => p.OpenSeats > 0)
            .Select(p => new RankedProject(p, Matching(needs, p.Skills)))
            .Where(p => p.Reasons.Count > 0)
            .OrderBy(p => BestRank(p.Reasons)).ThenByDescending(p => p.Reasons.Count).ThenBy(p => p.Project.Id, StringComparer.Ordinal)];
        List<RankedOpening> openings = [.. catalog.Openings
            .Where(o => o.IsOpen && o.RequiredSkills.Count > 0)
            .Select(o => MatchOpening(o, skills))
            .OrderByDescending(o => o.MatchPercent).ThenBy(o => o.Opening.Id, StringComparer.Ordinal)];
        return new RankedOptions(needs, courses, mentors, projects, openings);
    }

    /// <summary>Collects the needs: target role gaps first, then skills in progress, goal skills and signal skills.</summary>
    private static IReadOnlyList<SkillNeed> Needs(PreparationProfile profile, RoleGap? gap, IReadOnlyList<PersonSkill> skills)
    {
        var needs = new List<SkillNeed>();
        if (gap is not null)
        {
            needs.AddRange(gap.Missing.Concat(gap.Building).Select(skill => new SkillNeed(skill, NeedKind.TargetRole, gap.Role.OpeningId)));
        }

        needs.AddRange(skills.Where(s => s.InProgress).Select(s => new SkillNeed(s.Skill, NeedKind.InProgress, null)));
        foreach (Goal goal in (profile.Get<GoalsData>()?.Chains ?? []).Select(c => c.Personal))
        {
            if (goal.MetricCode is { } metric && s_goalMetricSkills.TryGetValue(metric, out string? skill))
            {
                needs.Add(new SkillNeed(skill, NeedKind.Goal, goal.Id));
            }
        }

        foreach (TrendSignal signal in profile.Signals)
        {
            if (s_signalSkills.TryGetValue(signal.Code, out string? skill))
            {
                needs.Add(new SkillNeed(skill, NeedKind.Signal, signal.Code));
            }
        }

        return [.. needs.GroupBy(n => n.Skill).Select(g => g.First())];
    }

    private static List<SkillNeed> Matching(IReadOnlyList<SkillNeed> needs, IReadOnlyList<string> skills) =>
        [.. needs.Where(n => skills.Contains(n.Skill))];

    private static int BestRank(IReadOnlyList<SkillNeed> reasons) => reasons.Min(r => (int)r.Kind);

    private static RankedOpening MatchOpening(InternalOpening opening, IReadOnlyList<PersonSkill> skills)
    {
        HashSet<string> held = [.. skills.Select(s => s.Skill)];
        List<string> missing = [.. opening.RequiredSkills.Where(s => !held.Contains(s))];
        int match = (int)Math.Round((opening.RequiredSkills.Count - missing.Count) * 100m / opening.RequiredSkills.Count, MidpointRounding.AwayFromZero);
        return new RankedOpening(opening, match, missing);
    }
}
