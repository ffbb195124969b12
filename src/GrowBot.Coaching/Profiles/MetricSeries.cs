namespace GrowBot.Coaching.Profiles;

/// <summary>Well-known metric codes. Role KPIs use their own codes (for example <c>sales_amount</c>).</summary>
public static class MetricCodes
{
    public const string Rating = "rating";                              // quarterly, 1.0–5.0
    public const string OvertimeHours = "overtime_hours";               // monthly, hours
    public const string TrainingParticipation = "training_participation"; // half-yearly, percent 0–100
    public const string ComplaintRate = "complaint_rate";               // quarterly, complaints per 100 customer contacts
    public const string GoalCompletion = "goal_completion";             // per goal period, percent 0–100
    public const string CustomerSatisfaction = "customer_satisfaction"; // quarterly, percent
    public const string ConcurrentProjects = "concurrent_projects";     // monthly, count
}

/// <summary>Length of the period a metric point covers.</summary>
public enum PeriodKind
{
    Month,
    Quarter,
    HalfYear,
    Year,
}

/// <summary>One value of a metric for one period, with where it came from and when it was retrieved.</summary>
public sealed record MetricPoint(DateOnly PeriodStart, PeriodKind Period, decimal Value, string Source, DateTimeOffset AsOf);

/// <summary>The points of one metric for one person, oldest first.</summary>
public sealed record MetricSeries(string MetricCode, IReadOnlyList<MetricPoint> Points)
{
    public MetricPoint? Latest => Points.Count == 0 ? null : Points[^1];
}

/// <summary>Metric history per person and tenant.</summary>
public interface IMetricStore
{
    /// <summary>Returns the series, oldest first; an empty series when there are no points.</summary>
    Task<MetricSeries> GetSeriesAsync(string tenantId, string personId, string metricCode, CancellationToken cancellationToken);
}
