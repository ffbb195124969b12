namespace GrowBot.Coaching.Profiles;

/// <summary>Calendar arithmetic for metric periods.</summary>
public static class PeriodMath
{
    public static int Months(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.HalfYear => 6,
        PeriodKind.Year => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    /// <summary>Returns the first day after the period (exclusive end).</summary>
    public static DateOnly End(DateOnly periodStart, PeriodKind kind) => periodStart.AddMonths(Months(kind));

    /// <summary>Returns the start of the period of the given kind that contains <paramref name="day"/>.</summary>
    public static DateOnly StartOf(DateOnly day, PeriodKind kind)
    {
        int months = Months(kind);
        int monthIndex = (day.Month - 1) / months * months;
        return new DateOnly(day.Year, monthIndex + 1, 1);
    }

    /// <summary>Returns the start of the latest period of the given kind that ended on or before <paramref name="today"/>.</summary>
    public static DateOnly LatestCompleteStart(DateOnly today, PeriodKind kind) =>
        StartOf(today, kind).AddMonths(-Months(kind));

    /// <summary>True when the period has ended on or before <paramref name="today"/>.</summary>
    public static bool IsComplete(MetricPoint point, DateOnly today) => End(point.PeriodStart, point.Period) <= today;
}
