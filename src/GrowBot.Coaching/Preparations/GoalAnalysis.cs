using GrowBot.Coaching.Profiles;

namespace GrowBot.Coaching.Preparations;

/// <summary>How a new target compares with the employee's track record.</summary>
public enum FeasibilityVerdict
{
    /// <summary>No goal completion history of the last year.</summary>
    NoHistory,
    Realistic,
    FarAbove,
    FarBelow,
}

/// <summary>
/// The feasibility check of a new target, with the numbers behind it.
/// </summary>
/// <param name="TargetPercent">The new target as a percentage of the current target (100 = unchanged).</param>
/// <param name="LastYearCompletion">Mean goal completion rate of the periods that ended in the last 12 months, in percent.</param>
/// <param name="RequiredOfTrackRecord">Target divided by last year's completion rate, in percent.</param>
/// <param name="AverageOvertime">Mean overtime of the last 3 complete months, in hours; null without data.</param>
/// <param name="Periods">The completion points used, oldest first.</param>
public sealed record FeasibilityCheck(
    FeasibilityVerdict Verdict,
    decimal TargetPercent,
    decimal? LastYearCompletion,
    decimal? RequiredOfTrackRecord,
    decimal? AverageOvertime,
    IReadOnlyList<MetricPoint> Periods);

/// <summary>Checks of the Goal stage: feasibility of a new target.</summary>
public static class GoalAnalysis
{
    private const int OvertimeMonths = 3;

    /// <summary>
    /// Compares a new target with last year's completion rate. Needing at least
    /// <see cref="PreparationOptions.FeasibilityFarAbovePercent"/> of the track record is far above it, needing at
    /// most <see cref="PreparationOptions.FeasibilityFarBelowPercent"/> is far below.
    /// </summary>
    public static FeasibilityCheck CheckFeasibility(decimal targetPercent, PreparationProfile profile, PreparationOptions options)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);

        DateOnly yearAgo = profile.Today.AddYears(-1);
        List<MetricPoint> periods = [.. profile.Complete(profile.Get<GoalsData>()?.Completion)
            .Where(p => PeriodMath.End(p.PeriodStart, p.Period) > yearAgo)];
        IReadOnlyList<MetricPoint> overtime = profile.Complete(profile.Get<WorkloadData>()?.Overtime)
            .Where(p => p.Period == PeriodKind.Month).TakeLast(OvertimeMonths).ToList();
        decimal? averageOvertime = overtime.Count == 0 ? null : Math.Round(overtime.Average(p => p.Value), 1);

        decimal completion = periods.Count == 0 ? 0m : Math.Round(periods.Average(p => p.Value), 1);
        if (completion <= 0m)
        {
            return new FeasibilityCheck(FeasibilityVerdict.NoHistory, targetPercent, null, null, averageOvertime, periods);
        }

        decimal required = Math.Round(targetPercent / completion * 100m, 0);
        FeasibilityVerdict verdict = required >= options.FeasibilityFarAbovePercent ? FeasibilityVerdict.FarAbove
            : required <= options.FeasibilityFarBelowPercent ? FeasibilityVerdict.FarBelow
            : FeasibilityVerdict.Realistic;
        return new FeasibilityCheck(verdict, targetPercent, completion, required, averageOvertime, periods);
    }
}
