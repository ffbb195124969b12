using System.Globalization;
using GrowBot.Bot.Localization;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Bot.Notes;

/// <summary>
/// Picks three to five follow-up questions in the HRBP's language. Questions that cite the employee's data come first
/// (overtime for stress, workload and attrition risk, the rating for promotion, learning and low mood). The external
/// analyser's suggestions follow, then one question per signal, then general questions.
/// </summary>
public static class NoteQuestions
{
    public const int MinQuestions = 3;
    public const int MaxQuestions = 5;

    private static readonly string[] s_overtimeSignals = [NoteSignalCodes.Stress, NoteSignalCodes.Workload, NoteSignalCodes.AttritionRisk];
    private static readonly string[] s_ratingSignals = [NoteSignalCodes.Promotion, NoteSignalCodes.Learning, NoteSignalCodes.LowMood];
    private static readonly string[] s_general = [TextKey.QuestionGeneralNextMonth, TextKey.QuestionGeneralSupport, TextKey.QuestionGeneralWentWell];

    public static IReadOnlyList<string> Compose(BotLocale locale, NoteAnalysisOutcome outcome, EmployeeFacts? facts)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(outcome);

        NoteAnalysis analysis = outcome.Analysis;
        List<string> questions = [.. DataQuestions(locale, analysis, facts)];
        questions.AddRange(outcome.ExternalQuestions.Take(MaxQuestions - MinQuestions));
        questions.AddRange(analysis.Signals.Select(signal => BotText.Get(locale, "Question." + signal.Code)));
        if (questions.Count < MinQuestions)
        {
            questions.AddRange(s_general.Select(key => BotText.Get(locale, key)));
        }

        return [.. questions.Distinct(StringComparer.Ordinal).Take(MaxQuestions)];
    }

    private static IEnumerable<string> DataQuestions(BotLocale locale, NoteAnalysis analysis, EmployeeFacts? facts)
    {
        if (facts?.LatestOvertime is { } overtime && s_overtimeSignals.Any(analysis.HasSignal))
        {
            yield return BotText.Format(locale, TextKey.QuestionOvertime, overtime.Value.ToString("0.#", locale.Culture), overtime.PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        if (facts?.LatestRating is { } rating && s_ratingSignals.Any(analysis.HasSignal))
        {
            yield return BotText.Format(locale, TextKey.QuestionRating, rating.Value.ToString("0.0", locale.Culture), PeriodLabel(locale, rating));
        }
    }

    private static string PeriodLabel(BotLocale locale, MetricPoint point) => point.Period == PeriodKind.Quarter
        ? BotText.Format(locale, TextKey.ProfileQuarter, point.PeriodStart.Year, ((point.PeriodStart.Month - 1) / 3) + 1)
        : point.PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
