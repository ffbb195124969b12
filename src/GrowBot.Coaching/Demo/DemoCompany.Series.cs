using GrowBot.Coaching.Profiles;

namespace GrowBot.Coaching.Demo;

public static partial class DemoCompany
{
    /// <summary>Period starts of the demo series: 12 months, 8 quarters and 4 half-years ending before today.</summary>
    private sealed class DemoCalendar
    {
        public DemoCalendar(DateOnly today)
        {
            Today = today;
            LatestMonth = PeriodMath.LatestCompleteStart(today, PeriodKind.Month);
            LatestQuarter = PeriodMath.LatestCompleteStart(today, PeriodKind.Quarter);
            LatestHalfYear = PeriodMath.LatestCompleteStart(today, PeriodKind.HalfYear);
        }

        public DateOnly Today { get; }

        public DateOnly LatestMonth { get; }

        public DateOnly LatestQuarter { get; }

        public DateOnly LatestHalfYear { get; }

        public DateOnly Latest(PeriodKind kind) => kind switch
        {
            PeriodKind.Month => LatestMonth,
            PeriodKind.Quarter => LatestQuarter,
            PeriodKind.HalfYear => LatestHalfYear,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The demo has no yearly series."),
        };

        /// <summary>Returns when the source delivered the period's value: five days after its end, never after today.</summary>
        public DateTimeOffset AsOf(DateOnly periodStart, PeriodKind kind)
        {
            DateOnly delivered = PeriodMath.End(periodStart, kind).AddDays(5);
            DateOnly day = delivered > Today ? Today : delivered;
            return new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        }
    }

    /// <summary>Appends the values of one person's series, oldest first, ending at the latest complete period.</summary>
    private sealed class SeriesWriter
    {
        private readonly List<PersonMetricPoint> _points;
        private readonly string _personId;
        private readonly DemoCalendar _calendar;

        public SeriesWriter(List<PersonMetricPoint> points, string personId, DemoCalendar calendar)
        {
            _points = points;
            _personId = personId;
            _calendar = calendar;
        }

        public void Monthly(string metricCode, string source, decimal[] values) => Write(metricCode, source, PeriodKind.Month, values);

        public void Quarterly(string metricCode, string source, decimal[] values) => Write(metricCode, source, PeriodKind.Quarter, values);

        public void HalfYearly(string metricCode, string source, decimal[] values) => Write(metricCode, source, PeriodKind.HalfYear, values);

        private void Write(string metricCode, string source, PeriodKind kind, decimal[] values)
        {
            int months = PeriodMath.Months(kind);
            DateOnly latest = _calendar.Latest(kind);
            for (int i = 0; i < values.Length; i++)
            {
                DateOnly start = latest.AddMonths(-months * (values.Length - 1 - i));
                var point = new MetricPoint(start, kind, values[i], source, _calendar.AsOf(start, kind));
                _points.Add(new PersonMetricPoint(_personId, metricCode, point));
            }
        }
    }

    /// <summary>Replaces the last values of a generated series with fixed ones.</summary>
    private static void Override(List<PersonMetricPoint> points, DemoCalendar calendar, string personId, string metricCode, PeriodKind kind, params decimal[] lastValues)
    {
        int months = PeriodMath.Months(kind);
        DateOnly latest = calendar.Latest(kind);
        for (int i = 0; i < lastValues.Length; i++)
        {
            DateOnly start = latest.AddMonths(-months * (lastValues.Length - 1 - i));
            int index = points.FindIndex(p => p.PersonId == personId && p.MetricCode == metricCode && p.Point.PeriodStart == start);
            if (index < 0)
            {
                throw new InvalidOperationException($"The demo series {metricCode} of {personId} has no period starting {start:yyyy-MM-dd}.");
            }

            points[index] = points[index] with { Point = points[index].Point with { Value = lastValues[i] } };
        }
    }

    /// <summary>Gives each persona the numbers of the rule it embodies (see the persona descriptions).</summary>
    private static void ApplyPersonaOverrides(List<PersonMetricPoint> points, DemoCalendar calendar)
    {
        Override(points, calendar, "e-zhangwei", MetricCodes.OvertimeHours, PeriodKind.Month, 18m, 20m, 26m);
        Override(points, calendar, "e-zhangwei", MetricCodes.ComplaintRate, PeriodKind.Quarter, 1.90m, 2.00m, 2.30m);
        Override(points, calendar, "e-liuyang", MetricCodes.Rating, PeriodKind.Quarter, 3.9m, 4.0m, 4.1m, 4.3m, 4.2m, 4.0m, 3.7m, 3.3m);
        Override(points, calendar, "e-chenjing", MetricCodes.TrainingParticipation, PeriodKind.HalfYear, 88m, 90m, 85m, 60m);
        Override(points, calendar, "e-sunli", MetricCodes.TrainingParticipation, PeriodKind.HalfYear, 82m, 78m, 80m, 60m);
        Override(points, calendar, "e-wangqiang", MetricCodes.OvertimeHours, PeriodKind.Month, 14m, 16m, 24m);
        Override(points, calendar, "e-linna", MetricCodes.ComplaintRate, PeriodKind.Quarter, 1.95m, 2.00m, 2.40m);
        Override(points, calendar, "e-zhaomin", MetricCodes.GoalCompletion, PeriodKind.HalfYear, 95m, 90m, 92m, 70m);
        Override(points, calendar, "e-gaoyan", MetricCodes.OvertimeHours, PeriodKind.Month, 6m, 5m, 9m);
        Override(points, calendar, "e-gaoyan", MetricCodes.TrainingParticipation, PeriodKind.HalfYear, 78m, 82m, 80m, 61m);
    }
}
