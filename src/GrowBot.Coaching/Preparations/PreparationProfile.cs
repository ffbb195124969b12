using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;
using GrowBot.Coaching.Tenants;

namespace GrowBot.Coaching.Preparations;

/// <summary>Outcome of one profile section.</summary>
public enum SectionStatus
{
    Available,
    TimedOut,
    Failed,
}

/// <summary>What one section delivered, or why it is unavailable.</summary>
/// <param name="Elapsed">Time until the section completed or timed out.</param>
public sealed record SectionResult(string Name, SectionStatus Status, ProfileSectionData? Data, TimeSpan Elapsed)
{
    public bool IsAvailable => Status == SectionStatus.Available;
}

/// <summary>
/// Everything the preparation shows about an employee: the person, every section's result and the trend
/// signals evaluated on the series that arrived, with the tenant's thresholds.
/// </summary>
public sealed record PreparationProfile(
    Person Employee,
    Department? Department,
    Person? Manager,
    TenantSettings Settings,
    DateOnly Today,
    DateTimeOffset ReadAt,
    IReadOnlyList<SectionResult> Sections,
    IReadOnlyList<TrendSignal> Signals)
{
    /// <summary>Returns the data of the section of type <typeparamref name="T"/>, or null when it is unavailable.</summary>
    public T? Get<T>()
        where T : ProfileSectionData =>
        Sections.Select(s => s.Data).OfType<T>().FirstOrDefault();

    public IEnumerable<SectionResult> Unavailable => Sections.Where(s => !s.IsAvailable);

    /// <summary>Returns the complete points of a series up to today, oldest first.</summary>
    public IReadOnlyList<MetricPoint> Complete(MetricSeries? series) =>
        series is null ? [] : [.. series.Points.Where(p => PeriodMath.IsComplete(p, Today)).OrderBy(p => p.PeriodStart)];
}
