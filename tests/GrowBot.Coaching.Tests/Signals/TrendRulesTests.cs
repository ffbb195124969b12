using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;
using GrowBot.Coaching.Tenants;

namespace GrowBot.Coaching.Tests.Signals;

public sealed class TrendRulesTests
{
    private static readonly DateOnly _today = new(2026, 12, 4);
    private static readonly SignalThresholds _defaults = new();

    // ── Rating decline ──

    [Fact]
    public void RatingDecline_ThreeNegativeChanges_Raises()
    {
        MetricSeries series = Quarterly(MetricCodes.Rating, 4.0m, 4.2m, 4.0m, 3.7m, 3.3m);

        TrendSignal? signal = TrendRules.RatingDecline(series, _defaults, _today);

        Assert.NotNull(signal);
        Assert.Equal(TrendSignalCodes.RatingDecline, signal.Code);
        Assert.Equal(4.2m, signal.Previous);
        Assert.Equal(3.3m, signal.Latest);
        Assert.Equal(3m, signal.Threshold);
        Assert.Equal(4, signal.Points.Count);
    }

    [Fact]
    public void RatingDecline_OneFlatChange_DoesNotRaise()
    {
        MetricSeries series = Quarterly(MetricCodes.Rating, 4.2m, 4.0m, 4.0m, 3.3m);

        Assert.Null(TrendRules.RatingDecline(series, _defaults, _today));
    }

    [Fact]
    public void RatingDecline_OnlyThreeValues_DoesNotRaise()
    {
        MetricSeries series = Quarterly(MetricCodes.Rating, 4.2m, 4.0m, 3.7m);

        Assert.Null(TrendRules.RatingDecline(series, _defaults, _today));
    }

    [Fact]
    public void RatingDecline_UnsortedInput_IsSortedByPeriod()
    {
        MetricSeries sorted = Quarterly(MetricCodes.Rating, 4.2m, 4.0m, 3.7m, 3.3m);
        var shuffled = new MetricSeries(MetricCodes.Rating, [sorted.Points[2], sorted.Points[0], sorted.Points[3], sorted.Points[1]]);

        TrendSignal? signal = TrendRules.RatingDecline(shuffled, _defaults, _today);

        Assert.NotNull(signal);
        Assert.Equal(4.2m, signal.Previous);
        Assert.Equal(3.3m, signal.Latest);
    }

    [Fact]
    public void RatingDecline_CustomQuartersTwo_NeedsThreeValues()
    {
        MetricSeries series = Quarterly(MetricCodes.Rating, 4.5m, 4.2m, 4.0m);

        Assert.NotNull(TrendRules.RatingDecline(series, _defaults with { RatingDeclineQuarters = 2 }, _today));
    }

    [Fact]
    public void RatingDecline_IncompleteCurrentQuarter_IsIgnored()
    {
        // The last three complete quarters decline; a point of the running quarter (Oct–Dec 2026) must not count.
        var points = Quarterly(MetricCodes.Rating, 4.2m, 4.0m, 3.7m, 3.3m).Points.ToList();
        points.Add(new MetricPoint(new DateOnly(2026, 10, 1), PeriodKind.Quarter, 4.8m, "hris", DateTimeOffset.UnixEpoch));

        Assert.NotNull(TrendRules.RatingDecline(new MetricSeries(MetricCodes.Rating, points), _defaults, _today));
    }

    [Fact]
    public void RatingDecline_MissingQuarter_DoesNotRaise()
    {
        List<MetricPoint> points = Quarterly(MetricCodes.Rating, 4.2m, 4.0m, 3.9m, 3.7m, 3.3m).Points.ToList();
        points.RemoveAt(2);

        Assert.Null(TrendRules.RatingDecline(new MetricSeries(MetricCodes.Rating, points), _defaults, _today));
    }

    // ── Training drop ──

    [Theory]
    [InlineData(80, 60, true)]   // exactly 20 points
    [InlineData(80, 61, false)]  // 19 points
    [InlineData(80, 60.01, false)]
    [InlineData(90, 40, true)]
    [InlineData(60, 80, false)]  // a rise
    public void TrainingDrop_Boundaries(double previous, double latest, bool raised)
    {
        MetricSeries series = HalfYearly(MetricCodes.TrainingParticipation, (decimal)previous, (decimal)latest);

        TrendSignal? signal = TrendRules.TrainingDrop(series, _defaults, _today);

        Assert.Equal(raised, signal is not null);
        if (signal is not null)
        {
            Assert.Equal((decimal)latest - (decimal)previous, signal.Change);
            Assert.Equal(ChangeUnit.Points, signal.Unit);
        }
    }

    [Fact]
    public void TrainingDrop_SingleHalfYear_DoesNotRaise()
    {
        Assert.Null(TrendRules.TrainingDrop(HalfYearly(MetricCodes.TrainingParticipation, 40m), _defaults, _today));
    }

    // ── Overtime rise ──

    [Theory]
    [InlineData(16, 20, true)]      // exactly +25 %
    [InlineData(16, 19.99, false)]  // just below
    [InlineData(20, 26, true)]      // +30 %
    [InlineData(8, 10, true)]       // +25 % and exactly the minimum hours
    [InlineData(7.9, 9.99, false)]  // +26 % but under 10 hours
    [InlineData(0, 10, true)]       // a rise from 0 to the minimum
    [InlineData(0, 9, false)]       // from 0 but under the minimum
    [InlineData(0, 0, false)]
    public void OvertimeRise_Boundaries(double previous, double latest, bool raised)
    {
        MetricSeries series = Monthly(MetricCodes.OvertimeHours, 12m, (decimal)previous, (decimal)latest);

        Assert.Equal(raised, TrendRules.OvertimeRise(series, _defaults, _today) is not null);
    }

    [Fact]
    public void OvertimeRise_FromZero_HasNoPercentage()
    {
        TrendSignal? signal = TrendRules.OvertimeRise(Monthly(MetricCodes.OvertimeHours, 0m, 12m), _defaults, _today);

        Assert.NotNull(signal);
        Assert.Null(signal.Change);
        Assert.Equal(0m, signal.Previous);
    }

    [Fact]
    public void OvertimeRise_ReportsPercentChange()
    {
        TrendSignal? signal = TrendRules.OvertimeRise(Monthly(MetricCodes.OvertimeHours, 20m, 26m), _defaults, _today);

        Assert.NotNull(signal);
        Assert.Equal(30m, signal.Change);
        Assert.Equal(25m, signal.Threshold);
        Assert.Equal(ChangeUnit.Percent, signal.Unit);
        Assert.Equal(new DateOnly(2026, 11, 1), signal.Points[^1].PeriodStart);
    }

    [Fact]
    public void OvertimeRise_RunningMonth_IsIgnored()
    {
        // December 2026 is still running on 4 December; November against October decides.
        List<MetricPoint> points = Monthly(MetricCodes.OvertimeHours, 20m, 20m).Points.ToList();
        points.Add(new MetricPoint(new DateOnly(2026, 12, 1), PeriodKind.Month, 40m, "hris", DateTimeOffset.UnixEpoch));

        Assert.Null(TrendRules.OvertimeRise(new MetricSeries(MetricCodes.OvertimeHours, points), _defaults, _today));
    }

    [Fact]
    public void OvertimeRise_MissingMonth_DoesNotRaise()
    {
        List<MetricPoint> points = Monthly(MetricCodes.OvertimeHours, 10m, 15m, 30m).Points.ToList();
        points.RemoveAt(1);

        Assert.Null(TrendRules.OvertimeRise(new MetricSeries(MetricCodes.OvertimeHours, points), _defaults, _today));
    }

    [Fact]
    public void OvertimeRise_QuarterlyPoints_AreIgnored()
    {
        MetricSeries series = Quarterly(MetricCodes.OvertimeHours, 10m, 40m);

        Assert.Null(TrendRules.OvertimeRise(series, _defaults, _today));
    }

    // ── Complaint rise ──

    [Theory]
    [InlineData(2.0, 2.2, true)]     // exactly +10 %
    [InlineData(2.0, 2.19, false)]   // +9.5 %
    [InlineData(2.0, 2.3, true)]
    [InlineData(0, 0.5, true)]       // a rise from 0
    [InlineData(0, 0, false)]
    [InlineData(2.0, 1.5, false)]
    public void ComplaintRise_Boundaries(double previous, double latest, bool raised)
    {
        MetricSeries series = Quarterly(MetricCodes.ComplaintRate, (decimal)previous, (decimal)latest);

        Assert.Equal(raised, TrendRules.ComplaintRise(series, _defaults, _today) is not null);
    }

    // ── Goal completion drop ──

    [Theory]
    [InlineData(90, 75, true)]    // exactly 15 points
    [InlineData(90, 75.5, false)]
    [InlineData(92, 70, true)]
    public void GoalCompletionDrop_Boundaries(double previous, double latest, bool raised)
    {
        MetricSeries series = HalfYearly(MetricCodes.GoalCompletion, (decimal)previous, (decimal)latest);

        Assert.Equal(raised, TrendRules.GoalCompletionDrop(series, _defaults, _today) is not null);
    }

    [Fact]
    public void GoalCompletionDrop_QuarterlyGoals_CompareQuarters()
    {
        MetricSeries series = Quarterly(MetricCodes.GoalCompletion, 95m, 80m);

        TrendSignal? signal = TrendRules.GoalCompletionDrop(series, _defaults, _today);

        Assert.NotNull(signal);
        Assert.Equal(-15m, signal.Change);
    }

    [Fact]
    public void GoalCompletionDrop_Empty_DoesNotRaise()
    {
        Assert.Null(TrendRules.GoalCompletionDrop(new MetricSeries(MetricCodes.GoalCompletion, []), _defaults, _today));
    }

    // ── All rules ──

    [Fact]
    public void EvaluateAll_TwoSignals_InFixedOrder()
    {
        var series = new Dictionary<string, MetricSeries>
        {
            [MetricCodes.ComplaintRate] = Quarterly(MetricCodes.ComplaintRate, 2.0m, 2.3m),
            [MetricCodes.OvertimeHours] = Monthly(MetricCodes.OvertimeHours, 20m, 26m),
            [MetricCodes.Rating] = Quarterly(MetricCodes.Rating, 3.0m, 3.5m),
        };

        IReadOnlyList<TrendSignal> signals = TrendRules.EvaluateAll(series, _defaults, _today);

        Assert.Equal([TrendSignalCodes.OvertimeRise, TrendSignalCodes.ComplaintRise], signals.Select(s => s.Code));
    }

    // ── Helpers: series ending with the latest complete period before 4 December 2026 ──

    private static MetricSeries Monthly(string code, params decimal[] values) => Series(code, PeriodKind.Month, new DateOnly(2026, 11, 1), values);

    private static MetricSeries Quarterly(string code, params decimal[] values) => Series(code, PeriodKind.Quarter, new DateOnly(2026, 7, 1), values);

    private static MetricSeries HalfYearly(string code, params decimal[] values) => Series(code, PeriodKind.HalfYear, new DateOnly(2026, 1, 1), values);

    private static MetricSeries Series(string code, PeriodKind kind, DateOnly latestStart, decimal[] values)
    {
        int months = PeriodMath.Months(kind);
        var points = values
            .Select((value, i) => new MetricPoint(latestStart.AddMonths(-months * (values.Length - 1 - i)), kind, value, "test", DateTimeOffset.UnixEpoch))
            .ToList();
        return new MetricSeries(code, points);
    }
}
