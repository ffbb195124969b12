using GrowBot.Coaching.People;

namespace GrowBot.Coaching.Profiles;

/// <summary>The latest quarterly rating with its source and the date the source delivered it.</summary>
public sealed record RatingSnapshot(decimal Value, DateOnly PeriodStart, string Source, DateTimeOffset AsOf);

/// <summary>
/// Overtime of the last 12 complete months, oldest first, and the change of the latest month against
/// the month before.
/// </summary>
/// <param name="ChangePercent">Relative change in percent; null with fewer than two months or a previous month of 0 hours.</param>
public sealed record OvertimeSummary(IReadOnlyList<MetricPoint> Months, decimal? Latest, decimal? Previous, decimal? ChangePercent);

/// <summary>The first sections of an employee's profile card.</summary>
public sealed record EmployeeProfile(
    Person Person,
    Department? Department,
    Person? Manager,
    RatingSnapshot? LatestRating,
    OvertimeSummary Overtime,
    DateOnly AsOfDay);

/// <summary>Names of the profile sections, as written to the audit log.</summary>
public static class ProfileSections
{
    public const string Person = "person";
    public const string Department = "department";
    public const string Manager = "manager";
    public const string Rating = "rating";
    public const string Overtime = "overtime";
}
