using GrowBot.Coaching.Profiles;

namespace GrowBot.Coaching.Signals;

/// <summary>Shared steps of the rules: filtering, sorting and the two comparison shapes.</summary>
public static partial class TrendRules
{
    private static List<MetricPoint> CompletePoints(MetricSeries series, PeriodKind kind, DateOnly today) =>
        series.Points
            .Where(p => p.Period == kind && PeriodMath.IsComplete(p, today))
            .OrderBy(p => p.PeriodStart)
            .ToList();

    /// <summary>Returns the latest two complete points, or null unless they are adjacent periods.</summary>
    private static (MetricPoint Previous, MetricPoint Latest)? LatestPair(MetricSeries series, PeriodKind kind, DateOnly today)
    {
        List<MetricPoint> points = CompletePoints(series, kind, today);
        if (points.Count < 2 || !AreAdjacent(points[^2], points[^1]))
        {
            return null;
        }

        return (points[^2], points[^1]);
    }

    /// <summary>True when <paramref name="later"/> starts where <paramref name="earlier"/> ends, so a missing period is not skipped over.</summary>
    private static bool AreAdjacent(MetricPoint earlier, MetricPoint later) =>
        PeriodMath.End(earlier.PeriodStart, earlier.Period) == later.PeriodStart;

    private static PeriodKind? LatestCompleteKind(MetricSeries series, DateOnly today) =>
        series.Points
            .Where(p => PeriodMath.IsComplete(p, today))
            .OrderBy(p => PeriodMath.End(p.PeriodStart, p.Period))
            .Select(p => (PeriodKind?)p.Period)
            .LastOrDefault();

    private static TrendSignal? PointDrop(string code, MetricSeries series, PeriodKind kind, decimal thresholdPoints, DateOnly today)
    {
        (MetricPoint Previous, MetricPoint Latest)? pair = LatestPair(series, kind, today);
        if (pair is null)
        {
            return null;
        }

        (MetricPoint previous, MetricPoint latest) = pair.Value;
        decimal change = latest.Value - previous.Value;
        return -change >= thresholdPoints
            ? new TrendSignal(code, series.MetricCode, previous.Value, latest.Value, change, thresholdPoints, ChangeUnit.Points, [previous, latest])
            : null;
    }

    private static TrendSignal? RelativeRise(string code, string metricCode, (MetricPoint Previous, MetricPoint Latest) pair, decimal thresholdPercent)
    {
        (MetricPoint previous, MetricPoint latest) = pair;

        // A rise from 0 has no finite percentage. Any positive latest value counts as a rise above every
        // threshold, and Change is null. The overtime rule applies its minimum hours before this step, so
        // 0 → 12 hours raises the signal while 0 → 6 hours does not.
        if (previous.Value <= 0m)
        {
            return latest.Value > 0m
                ? new TrendSignal(code, metricCode, previous.Value, latest.Value, null, thresholdPercent, ChangeUnit.Percent, [previous, latest])
                : null;
        }

        decimal changePercent = (latest.Value - previous.Value) / previous.Value * 100m;
        return changePercent >= thresholdPercent
            ? new TrendSignal(code, metricCode, previous.Value, latest.Value, Math.Round(changePercent, 2), thresholdPercent, ChangeUnit.Percent, [previous, latest])
            : null;
    }
}
