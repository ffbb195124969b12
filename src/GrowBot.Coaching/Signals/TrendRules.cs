using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Tenants;

namespace GrowBot.Coaching.Signals;

/// <summary>
/// The trend rules: pure functions over a metric series. Each rule compares the latest complete period
/// (its end is on or before <c>today</c>) with the one before it, and a value exactly at the threshold raises
/// the signal. Points of other period kinds are ignored, and the input need not be sorted. Compared periods
/// must be adjacent, so a series with a missing period raises nothing across the gap.
/// </summary>
public static partial class TrendRules
{
    /// <summary>Raised when the last N quarter-over-quarter rating changes are all negative (needs N+1 quarterly values).</summary>
    public static TrendSignal? RatingDecline(MetricSeries series, SignalThresholds thresholds, DateOnly today)
    {
        int declines = thresholds.RatingDeclineQuarters;
        if (declines < 1)
        {
            return null;
        }

        IReadOnlyList<MetricPoint> points = CompletePoints(series, PeriodKind.Quarter, today);
        if (points.Count < declines + 1)
        {
            return null;
        }

        MetricPoint[] window = points.Skip(points.Count - (declines + 1)).ToArray();
        for (int i = 1; i < window.Length; i++)
        {
            if (!AreAdjacent(window[i - 1], window[i]) || window[i].Value >= window[i - 1].Value)
            {
                return null;
            }
        }

        return new TrendSignal(
            TrendSignalCodes.RatingDecline, series.MetricCode, window[0].Value, window[^1].Value,
            declines, declines, ChangeUnit.Periods, window);
    }

    /// <summary>Raised when the latest half-year's training participation is at least the threshold in points below the previous one.</summary>
    public static TrendSignal? TrainingDrop(MetricSeries series, SignalThresholds thresholds, DateOnly today) =>
        PointDrop(TrendSignalCodes.TrainingDrop, series, PeriodKind.HalfYear, thresholds.TrainingDropPoints, today);

    /// <summary>Raised when the latest goal completion rate is at least the threshold in points below the previous period's.</summary>
    /// <remarks>Goal periods differ between tenants, so the latest two complete points of any one period kind are compared.</remarks>
    public static TrendSignal? GoalCompletionDrop(MetricSeries series, SignalThresholds thresholds, DateOnly today)
    {
        PeriodKind? kind = LatestCompleteKind(series, today);
        return kind is null
            ? null
            : PointDrop(TrendSignalCodes.GoalCompletionDrop, series, kind.Value, thresholds.GoalCompletionDropPoints, today);
    }

    /// <summary>
    /// Raised when overtime of the latest full month rose by at least the threshold percentage over the month
    /// before, and the latest month has at least the minimum hours.
    /// </summary>
    public static TrendSignal? OvertimeRise(MetricSeries series, SignalThresholds thresholds, DateOnly today)
    {
        (MetricPoint Previous, MetricPoint Latest)? pair = LatestPair(series, PeriodKind.Month, today);
        if (pair is null || pair.Value.Latest.Value < thresholds.OvertimeMinimumHours)
        {
            return null;
        }

        return RelativeRise(TrendSignalCodes.OvertimeRise, series.MetricCode, pair.Value, thresholds.OvertimeRisePercent);
    }

    /// <summary>Raised when the customer complaint rate of the latest quarter rose by at least the threshold percentage over the quarter before.</summary>
    public static TrendSignal? ComplaintRise(MetricSeries series, SignalThresholds thresholds, DateOnly today)
    {
        (MetricPoint Previous, MetricPoint Latest)? pair = LatestPair(series, PeriodKind.Quarter, today);
        return pair is null
            ? null
            : RelativeRise(TrendSignalCodes.ComplaintRise, series.MetricCode, pair.Value, thresholds.ComplaintRisePercent);
    }

    /// <summary>
    /// Runs every rule whose metric is present in <paramref name="seriesByMetric"/> (keyed by
    /// <see cref="MetricCodes"/>) and returns the raised signals in the order of <see cref="TrendSignalCodes.All"/>.
    /// </summary>
    public static IReadOnlyList<TrendSignal> EvaluateAll(
        IReadOnlyDictionary<string, MetricSeries> seriesByMetric, SignalThresholds thresholds, DateOnly today)
    {
        var signals = new List<TrendSignal>();
        Add(MetricCodes.Rating, RatingDecline);
        Add(MetricCodes.TrainingParticipation, TrainingDrop);
        Add(MetricCodes.OvertimeHours, OvertimeRise);
        Add(MetricCodes.ComplaintRate, ComplaintRise);
        Add(MetricCodes.GoalCompletion, GoalCompletionDrop);
        return signals;

        void Add(string metricCode, Func<MetricSeries, SignalThresholds, DateOnly, TrendSignal?> rule)
        {
            if (seriesByMetric.TryGetValue(metricCode, out MetricSeries? series) && rule(series, thresholds, today) is { } signal)
            {
                signals.Add(signal);
            }
        }
    }
}
