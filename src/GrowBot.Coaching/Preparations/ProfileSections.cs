using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Coaching.Preparations;

/// <summary>Whom and which day a profile section is read for.</summary>
public sealed record ProfileQuery(string TenantId, Person Employee, DateOnly Today);

/// <summary>
/// One data source of the interview preparation, for one dimension of the profile (goals, performance,
/// workload, growth, feedback, options catalogue, past action items). The assembler asks every section in
/// parallel, each under its own timeout.
/// </summary>
public interface IProfileSection
{
    /// <summary>Name of the section, one of <see cref="PreparationSections"/>; also the key of its timeout.</summary>
    string Name { get; }

    Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken);
}

/// <summary>Names of the preparation's profile sections, as written to the audit log.</summary>
public static class PreparationSections
{
    public const string Goals = "goals";
    public const string Performance = "performance";
    public const string Workload = "workload";
    public const string Growth = "growth";
    public const string Feedback = "feedback";
    public const string Options = "options";
    public const string ActionItems = "action_items";

    public static IReadOnlyList<string> All { get; } = [Goals, Performance, Workload, Growth, Feedback, Options, ActionItems];
}

/// <summary>What one section delivered. <see cref="Series"/> lists the metric series it read, for the trend rules.</summary>
public abstract record ProfileSectionData
{
    public virtual IEnumerable<MetricSeries> Series => [];
}

/// <summary>A personal goal with the team goal and company objective above it.</summary>
/// <param name="ShareOfTeamPercent">The personal target as a percentage of the team target, when both share a unit.</param>
public sealed record GoalChain(Goal Personal, Goal? Team, Goal? Company, decimal? ShareOfTeamPercent);

public sealed record GoalsData(IReadOnlyList<GoalChain> Chains, MetricSeries Completion) : ProfileSectionData
{
    public override IEnumerable<MetricSeries> Series => [Completion];
}

/// <summary>Quarterly ratings and the role's key indicators (only the series that have points).</summary>
public sealed record PerformanceData(MetricSeries Ratings, IReadOnlyList<MetricSeries> Kpis) : ProfileSectionData
{
    public override IEnumerable<MetricSeries> Series => [Ratings, .. Kpis];
}

public sealed record WorkloadData(MetricSeries Overtime, MetricSeries ConcurrentProjects, MetricSeries Utilisation) : ProfileSectionData
{
    public override IEnumerable<MetricSeries> Series => [Overtime, ConcurrentProjects, Utilisation];
}

/// <summary>Training participation, enrolments (with the course titles) and skills.</summary>
public sealed record GrowthData(
    MetricSeries TrainingParticipation,
    IReadOnlyList<CourseEnrolment> Enrolments,
    IReadOnlyDictionary<string, Course> EnrolledCourses,
    IReadOnlyList<PersonSkill> Skills) : ProfileSectionData
{
    public override IEnumerable<MetricSeries> Series => [TrainingParticipation];
}

/// <summary>Peer and customer feedback, CRM complaint and satisfaction figures, and ERP and project figures.</summary>
public sealed record FeedbackData(
    IReadOnlyList<FeedbackItem> Items,
    MetricSeries ComplaintRate,
    MetricSeries CustomerSatisfaction,
    IReadOnlyList<MetricSeries> ProjectFigures) : ProfileSectionData
{
    public override IEnumerable<MetricSeries> Series => [ComplaintRate, CustomerSatisfaction, .. ProjectFigures];
}

/// <summary>The catalogue the Options stage ranks: courses, mentors (with their names), projects and openings.</summary>
public sealed record OptionsCatalogData(
    IReadOnlyList<Course> Courses,
    IReadOnlyList<(Mentor Mentor, Person Person)> Mentors,
    IReadOnlyList<DevelopmentProject> Projects,
    IReadOnlyList<InternalOpening> Openings) : ProfileSectionData;

/// <summary>The employee's action items from earlier interviews.</summary>
public sealed record PastActionItemsData(IReadOnlyList<ActionItem> Items) : ProfileSectionData;
