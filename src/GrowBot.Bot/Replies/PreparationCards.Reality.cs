using GrowBot.Bot.Cards;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Preparations;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;

namespace GrowBot.Bot.Replies;

public static partial class PreparationCards
{
    private const int RatingQuarters = 4;
    private const int OvertimeMonths = 3;
    private const int TrainingHalfYears = 2;

    private static void AddReality(AdaptiveCard card, BotLocale locale, PreparationView view, int visible)
    {
        PreparationProfile profile = view.Profile;
        card.Body.Add(DimensionSection(locale, profile, PreparationSections.Performance, TextKey.RealityPerformance, () => PerformanceFacts(locale, profile, visible)));
        card.Body.Add(DimensionSection(locale, profile, PreparationSections.Workload, TextKey.RealityWorkload, () => WorkloadFacts(locale, profile)));
        card.Body.Add(DimensionSection(locale, profile, PreparationSections.Growth, TextKey.RealityGrowth, () => GrowthFacts(locale, profile, visible)));
        card.Body.Add(DimensionSection(locale, profile, PreparationSections.Feedback, TextKey.RealityFeedback, () => FeedbackFacts(locale, profile, visible)));

        Container signals = Section(BotText.Get(locale, TextKey.RealitySignalsHeading));
        if (profile.Signals.Count == 0)
        {
            signals.Items.Add(Line(BotText.Get(locale, TextKey.RealityNoSignals)));
        }

        foreach (TrendSignal signal in profile.Signals)
        {
            signals.Items.Add(new Container { Style = "warning", Items = [new TextBlock(PreparationFormat.Signal(signal, profile.Settings.Thresholds, locale))] });
        }

        card.Body.Add(signals);
        card.Body.Add(Section(BotText.Get(locale, TextKey.RealityQuestionsHeading), [.. RealityQuestions(locale, profile).Select(q => Line("- " + q))]));
    }

    /// <summary>One question per signal, then one per combination of signals; a general question without signals.</summary>
    internal static IReadOnlyList<string> RealityQuestions(BotLocale locale, PreparationProfile profile)
    {
        List<string> questions = [.. profile.Signals.Select(s => PreparationFormat.Question(s, locale))];
        questions.AddRange(SignalQuestions.Combine(profile.Signals).Select(q => PreparationFormat.Question(q, locale)));
        return questions.Count > 0 ? questions : [BotText.Get(locale, TextKey.RealityQuestionGeneral)];
    }

    private static Container DimensionSection(BotLocale locale, PreparationProfile profile, string sectionName, string headingKey, Func<List<Fact>> facts)
    {
        Container section = Section(BotText.Get(locale, headingKey));
        SectionResult? result = profile.Sections.FirstOrDefault(s => s.Name == sectionName);
        if (result is { IsAvailable: false })
        {
            section.Items.Add(new Container
            {
                Style = "attention",
                Items = [Line(BotText.Format(locale, TextKey.PrepUnavailableItem, PreparationFormat.SectionName(sectionName, locale), PreparationFormat.Reason(result.Status, locale)))],
            });
            return section;
        }

        List<Fact> list = facts();
        section.Items.Add(list.Count > 0 ? new FactSet { Facts = list } : Line(BotText.Get(locale, TextKey.ProfileNotOnRecord)));
        return section;
    }

    private static List<Fact> PerformanceFacts(BotLocale locale, PreparationProfile profile, int visible)
    {
        PerformanceData? data = profile.Get<PerformanceData>();
        List<Fact> facts = [.. profile.Complete(data?.Ratings).TakeLast(RatingQuarters).Select(p =>
            new Fact($"{PreparationFormat.MetricName(MetricCodes.Rating, locale)} {PreparationFormat.Period(p, locale)}", PreparationFormat.WithSource(PreparationFormat.Metric(MetricCodes.Rating, p.Value, locale), p, locale)))];
        facts.AddRange((data?.Kpis ?? []).Take(visible).Select(series => LatestFact(locale, profile, series)).OfType<Fact>());
        return facts;
    }

    private static List<Fact> WorkloadFacts(BotLocale locale, PreparationProfile profile)
    {
        WorkloadData? data = profile.Get<WorkloadData>();
        List<MetricPoint> months = [.. profile.Complete(data?.Overtime).Where(p => p.Period == PeriodKind.Month).TakeLast(OvertimeMonths + 1)];
        List<Fact> facts = [.. months.TakeLast(OvertimeMonths).Select(p => new Fact(
            BotText.Format(locale, TextKey.RealityOvertimeMonth, PreparationFormat.Period(p, locale)),
            PreparationFormat.WithSource(BotText.Format(locale, TextKey.CommonHours, PreparationFormat.Number(p.Value, locale)), p, locale)))];
        if (months.Count >= 2)
        {
            decimal previous = months[^2].Value;
            decimal latest = months[^1].Value;
            decimal? percent = previous > 0m ? Math.Round((latest - previous) / previous * 100m, 1) : null;
            facts.Add(new Fact(BotText.Get(locale, TextKey.ProfileOvertimeChange),
                BotText.Format(locale, TextKey.ProfileOvertimeChangeValue, PreparationFormat.Signed(latest - previous, locale), PreparationFormat.Signed(percent, locale))));
        }

        facts.AddRange(new[] { data?.ConcurrentProjects, data?.Utilisation }.OfType<MetricSeries>().Select(s => LatestFact(locale, profile, s)).OfType<Fact>());
        return facts;
    }

    private static List<Fact> GrowthFacts(BotLocale locale, PreparationProfile profile, int visible)
    {
        GrowthData? data = profile.Get<GrowthData>();
        List<Fact> facts = [.. profile.Complete(data?.TrainingParticipation).TakeLast(TrainingHalfYears).Select(p => new Fact(
            $"{PreparationFormat.MetricName(MetricCodes.TrainingParticipation, locale)} {PreparationFormat.Period(p, locale)}",
            PreparationFormat.WithSource(PreparationFormat.Number(p.Value, locale), p, locale)))];
        if (data is null)
        {
            return facts;
        }

        DateOnly yearAgo = profile.Today.AddYears(-1);
        facts.Add(new Fact(BotText.Get(locale, TextKey.RealityCoursesCompleted), CourseList(locale, data, data.Enrolments
            .Where(e => e.Status == EnrolmentStatus.Completed && e.CompletedOn >= yearAgo), visible)));
        facts.Add(new Fact(BotText.Get(locale, TextKey.RealityCoursesOpen), CourseList(locale, data, data.Enrolments
            .Where(e => e.Status == EnrolmentStatus.Enrolled), visible)));
        facts.Add(new Fact(BotText.Get(locale, TextKey.RealitySkillsInProgress), PreparationFormat.Skills(data.Skills.Where(s => s.InProgress).Select(s => s.Skill), locale)));
        return facts;
    }

    private static string CourseList(BotLocale locale, GrowthData data, IEnumerable<CourseEnrolment> enrolments, int visible)
    {
        List<CourseEnrolment> list = [.. enrolments];
        IEnumerable<string> titles = list.Take(visible).Select(e => data.EnrolledCourses.TryGetValue(e.CourseId, out var course)
            ? $"{(locale.IsChinese ? course.TitleZh : course.TitleEn)} ({PreparationFormat.Date(e.CompletedOn ?? e.EnrolledOn)})"
            : e.CourseId);
        return list.Count == 0
            ? BotText.Get(locale, TextKey.CommonNone)
            : PreparationFormat.Labelled(list.Count.ToString(locale.Culture), PreparationFormat.List(titles, locale), locale);
    }

    private static List<Fact> FeedbackFacts(BotLocale locale, PreparationProfile profile, int visible)
    {
        FeedbackData? data = profile.Get<FeedbackData>();
        if (data is null)
        {
            return [];
        }

        List<Fact> facts = [.. new[] { data.ComplaintRate, data.CustomerSatisfaction }.Concat(data.ProjectFigures)
            .Select(s => LatestFact(locale, profile, s)).OfType<Fact>()];
        facts.AddRange(data.Items.Take(visible).Select(item => new Fact(
            BotText.Get(locale, item.Kind == FeedbackKind.Peer ? TextKey.RealityFeedbackPeer : TextKey.RealityFeedbackCustomer),
            BotText.Format(locale, TextKey.RealityFeedbackItem, locale.IsChinese ? item.TextZh : item.TextEn, item.Source, PreparationFormat.Date(item.Date)))));
        return facts;
    }

    /// <summary>The latest complete value of a series against the one before, with its period and source; null without data.</summary>
    private static Fact? LatestFact(BotLocale locale, PreparationProfile profile, MetricSeries series)
    {
        IReadOnlyList<MetricPoint> points = profile.Complete(series);
        if (points.Count == 0)
        {
            return null;
        }

        MetricPoint latest = points[^1];
        string value = PreparationFormat.Labelled(PreparationFormat.Period(latest, locale), PreparationFormat.Metric(series.MetricCode, latest.Value, locale), locale);
        if (points.Count >= 2)
        {
            value = BotText.Format(locale, TextKey.CommonLatestVsPrevious, value, PreparationFormat.Metric(series.MetricCode, points[^2].Value, locale));
        }

        return new Fact(PreparationFormat.MetricName(series.MetricCode, locale), PreparationFormat.WithSource(value, latest, locale));
    }
}
