using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Tenants;

namespace GrowBot.Coaching.Demo;

/// <summary>One metric point of one person, as the demo company stores it.</summary>
public sealed record PersonMetricPoint(string PersonId, string MetricCode, MetricPoint Point);

/// <summary>Every row of the demo company for one tenant.</summary>
public sealed record DemoDataSet(
    string TenantId,
    DateOnly Today,
    TenantSettings Settings,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<Person> People,
    IReadOnlyList<HrbpAssignment> Assignments,
    IReadOnlyList<PersonMetricPoint> Metrics,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<Course> Courses,
    IReadOnlyList<CourseEnrolment> Enrolments,
    IReadOnlyList<Mentor> Mentors,
    IReadOnlyList<DevelopmentProject> Projects,
    IReadOnlyList<InternalOpening> Openings,
    IReadOnlyList<PersonSkill> Skills,
    IReadOnlyList<FeedbackItem> Feedback)
{
    /// <summary>Returns the person's series of one metric, oldest first.</summary>
    public MetricSeries Series(string personId, string metricCode) =>
        new(metricCode, Metrics
            .Where(m => m.PersonId == personId && m.MetricCode == metricCode)
            .Select(m => m.Point)
            .OrderBy(p => p.PeriodStart)
            .ToList());

    /// <summary>Returns every series of the person, keyed by metric code.</summary>
    public IReadOnlyDictionary<string, MetricSeries> SeriesByMetric(string personId) =>
        Metrics
            .Where(m => m.PersonId == personId)
            .GroupBy(m => m.MetricCode)
            .ToDictionary(g => g.Key, g => new MetricSeries(g.Key, g.Select(m => m.Point).OrderBy(p => p.PeriodStart).ToList()));
}
