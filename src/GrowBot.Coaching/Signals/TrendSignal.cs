using GrowBot.Coaching.Profiles;

namespace GrowBot.Coaching.Signals;

/// <summary>Codes of the trend signals.</summary>
public static class TrendSignalCodes
{
    public const string RatingDecline = "rating_decline";
    public const string TrainingDrop = "training_drop";
    public const string OvertimeRise = "overtime_rise";
    public const string ComplaintRise = "complaint_rise";
    public const string GoalCompletionDrop = "goal_completion_drop";

    public static IReadOnlyList<string> All { get; } =
        [RatingDecline, TrainingDrop, OvertimeRise, ComplaintRise, GoalCompletionDrop];
}

/// <summary>Unit of <see cref="TrendSignal.Change"/> and <see cref="TrendSignal.Threshold"/>.</summary>
public enum ChangeUnit
{
    /// <summary>Difference of two values in the metric's own unit (percentage points for rates).</summary>
    Points,

    /// <summary>Relative change in percent of the previous value.</summary>
    Percent,

    /// <summary>Number of consecutive quarter-over-quarter declines.</summary>
    Periods,
}

/// <summary>
/// A raised trend signal with the numbers behind it, so that a card can explain it.
/// </summary>
/// <param name="Code">One of <see cref="TrendSignalCodes"/>.</param>
/// <param name="MetricCode">The metric the rule evaluated.</param>
/// <param name="Previous">Value of the earlier compared period (for a rating decline: the first of the N+1 quarters).</param>
/// <param name="Latest">Value of the latest complete period.</param>
/// <param name="Change">
/// Signed change in <paramref name="Unit"/>: latest minus previous for points, the relative change for percent,
/// the number of declines for periods. Null for a relative rise from a previous value of 0, which has no finite percentage.
/// </param>
/// <param name="Threshold">The configured threshold that was reached, as a magnitude in <paramref name="Unit"/>.</param>
/// <param name="Points">The points compared, oldest first; their periods and sources are the evidence.</param>
public sealed record TrendSignal(
    string Code,
    string MetricCode,
    decimal Previous,
    decimal Latest,
    decimal? Change,
    decimal Threshold,
    ChangeUnit Unit,
    IReadOnlyList<MetricPoint> Points);
