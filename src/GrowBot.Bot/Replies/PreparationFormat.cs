using System.Globalization;
using GrowBot.Bot.Localization;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;
using GrowBot.Coaching.Tenants;

namespace GrowBot.Bot.Replies;

/// <summary>Wording and number formats shared by the preparation card, the brief and the portfolio.</summary>
internal static class PreparationFormat
{
    /// <summary>Shown where a number is missing, for example the change of a rise from 0.</summary>
    public const string NoNumber = "—";

    public static string Number(decimal value, BotLocale locale) => value.ToString("#,0.##", locale.Culture);

    /// <summary>A percentage as each language writes it: <c>85 %</c> in English, <c>85%</c> in Chinese.</summary>
    public static string Percent(decimal value, BotLocale locale) => Number(value, locale) + (locale.IsChinese ? "%" : " %");

    /// <summary>Joins a label and a value with the language's colon.</summary>
    public static string Labelled(string label, string value, BotLocale locale) => label + (locale.IsChinese ? "：" : ": ") + value;

    public static string Number(decimal? value, BotLocale locale) => value is { } known ? Number(known, locale) : NoNumber;

    /// <summary>Formats a metric value: ratings with one decimal, complaint rates with two, everything else with up to two.</summary>
    public static string Metric(string metricCode, decimal value, BotLocale locale) => metricCode switch
    {
        MetricCodes.Rating => value.ToString("0.0", locale.Culture),
        MetricCodes.ComplaintRate => value.ToString("0.00", locale.Culture),
        _ => Number(value, locale),
    };

    public static string Signed(decimal? value, BotLocale locale) => value is { } known ? known.ToString("+0.#;-0.#;0", locale.Culture) : NoNumber;

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items, BotLocale locale)
    {
        string joined = string.Join(locale.IsChinese ? "、" : ", ", items);
        return joined.Length == 0 ? BotText.Get(locale, TextKey.CommonNone) : joined;
    }

    public static string Period(MetricPoint point, BotLocale locale) => point.Period switch
    {
        PeriodKind.Quarter => BotText.Format(locale, TextKey.ProfileQuarter, point.PeriodStart.Year, ((point.PeriodStart.Month - 1) / 3) + 1),
        PeriodKind.HalfYear => BotText.Format(locale, TextKey.PeriodHalfYear, point.PeriodStart.Year, point.PeriodStart.Month <= 6 ? 1 : 2),
        PeriodKind.Year => point.PeriodStart.Year.ToString(CultureInfo.InvariantCulture),
        _ => point.PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    /// <summary>A value with the source and the date the source delivered it.</summary>
    public static string WithSource(string value, MetricPoint point, BotLocale locale) =>
        BotText.Format(locale, TextKey.CommonValueWithSource, value, point.Source, BotText.Date(point.AsOf));

    public static string MetricName(string code, BotLocale locale) => BotText.Find(locale, "Metric." + code) ?? code;

    public static string Skill(string code, BotLocale locale) => BotText.Find(locale, "Skill." + code) ?? code.Replace('_', ' ');

    public static string Skills(IEnumerable<string> codes, BotLocale locale) => List(codes.Select(code => Skill(code, locale)), locale);

    public static string SectionName(string section, BotLocale locale) => BotText.Find(locale, "Section." + section) ?? section;

    public static string SignalName(string code, BotLocale locale) => BotText.Find(locale, "SignalName." + code) ?? code;

    public static string StageName(GrowStage stage, BotLocale locale) => BotText.Get(locale, "Stage." + stage);

    public static string Reason(SectionStatus status, BotLocale locale) =>
        BotText.Get(locale, status == SectionStatus.TimedOut ? TextKey.ReasonTimedOut : TextKey.ReasonFailed);

    /// <summary>Describes a raised signal with its numbers and the tenant's threshold.</summary>
    public static string Signal(TrendSignal signal, SignalThresholds thresholds, BotLocale locale)
    {
        string previous = Metric(signal.MetricCode, signal.Previous, locale);
        string latest = Metric(signal.MetricCode, signal.Latest, locale);
        string threshold = Number(signal.Threshold, locale);
        return signal.Code switch
        {
            TrendSignalCodes.RatingDecline => BotText.Format(locale, "Signal." + signal.Code, Number(signal.Change, locale),
                string.Join(" → ", signal.Points.Select(p => Metric(signal.MetricCode, p.Value, locale))), threshold),
            TrendSignalCodes.OvertimeRise => BotText.Format(locale, "Signal." + signal.Code, previous, latest, Signed(signal.Change, locale),
                threshold, Number(thresholds.OvertimeMinimumHours, locale)),
            _ => BotText.Format(locale, "Signal." + signal.Code, previous, latest, Signed(signal.Change, locale), threshold),
        };
    }

    /// <summary>The caring, data-backed question of one signal.</summary>
    public static string Question(TrendSignal signal, BotLocale locale)
    {
        string previous = Metric(signal.MetricCode, signal.Previous, locale);
        string latest = Metric(signal.MetricCode, signal.Latest, locale);
        return signal.Code == TrendSignalCodes.RatingDecline
            ? BotText.Format(locale, "Question." + signal.Code, previous, latest, Number(signal.Change, locale))
            : BotText.Format(locale, "Question." + signal.Code, previous, latest);
    }

    /// <summary>The question of a combination of signals; its numbers follow the order the combination lists the signals in.</summary>
    public static string Question(CombinedQuestion question, BotLocale locale)
    {
        TrendSignal first = question.Signals[0];
        TrendSignal second = question.Signals[1];
        return question.Code == SignalQuestions.ShortStaffed
            ? BotText.Format(locale, "Question." + question.Code, Number(first.Change, locale), Number(second.Change, locale))
            : BotText.Format(locale, "Question." + question.Code, Metric(first.MetricCode, first.Latest, locale), Metric(second.MetricCode, second.Latest, locale));
    }
}
