using GrowBot.Bot.Localization;
using GrowBot.Bot.Preparations;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;

namespace GrowBot.Bot.Replies;

/// <summary>A heading of the brief with its lines.</summary>
internal sealed record BriefSection(string Heading, IReadOnlyList<string> Lines);

/// <summary>The content of the one-page brief, shared by the brief card and its Markdown file.</summary>
internal static class BriefContent
{
    public static string Title(BotLocale locale, PreparationView view) =>
        BotText.Format(locale, TextKey.BriefTitle, view.Employee.DisplayName(locale.Name));

    public static string Prepared(BotLocale locale, PreparationView view) =>
        BotText.Format(locale, TextKey.BriefPrepared, view.Hrbp.DisplayName(locale.Name), BotText.Date(view.Preparation.CompletedAt ?? view.Profile.ReadAt));

    public static IReadOnlyList<BriefSection> Sections(BotLocale locale, PreparationView view) =>
    [
        new(PreparationFormat.StageName(GrowStage.Goal, locale), [.. GoalLines(locale, view), .. Notes(locale, view, GrowStage.Goal)]),
        new(PreparationFormat.StageName(GrowStage.Reality, locale), [.. RealityLines(locale, view), .. Notes(locale, view, GrowStage.Reality)]),
        new(PreparationFormat.StageName(GrowStage.Options, locale), [.. OptionLines(locale, view), .. Notes(locale, view, GrowStage.Options)]),
        new(PreparationFormat.StageName(GrowStage.WayForward, locale), [.. ItemLines(locale, view), .. Notes(locale, view, GrowStage.WayForward)]),
        new(BotText.Get(locale, TextKey.BriefDataHeading), DataLines(locale, view)),
    ];

    private static IEnumerable<string> GoalLines(BotLocale locale, PreparationView view)
    {
        foreach (GoalChain chain in view.Profile.Get<GoalsData>()?.Chains ?? [])
        {
            yield return PreparationCards.Progress(chain.Personal, locale);
        }

        if (view.Feasibility is { } check)
        {
            yield return PreparationCards.FeasibilityText(check, locale);
        }

        if (view.RoleGap is { } gap)
        {
            string role = BotText.Format(locale, TextKey.TargetRoleHeading, locale.IsChinese ? gap.Role.TitleZh : gap.Role.TitleEn);
            string missing = PreparationFormat.Labelled(BotText.Get(locale, TextKey.TargetRoleMissing), PreparationFormat.Skills(gap.Missing, locale), locale);
            string building = PreparationFormat.Labelled(BotText.Get(locale, TextKey.TargetRoleBuilding), PreparationFormat.Skills(gap.Building, locale), locale);
            yield return $"{role} · {missing} · {building}";
        }
    }

    private static IEnumerable<string> RealityLines(BotLocale locale, PreparationView view)
    {
        IEnumerable<string> signals = view.Profile.Signals.Select(s => PreparationFormat.Signal(s, view.Profile.Settings.Thresholds, locale));
        IEnumerable<string> signalLines = view.Profile.Signals.Count == 0 ? [BotText.Get(locale, TextKey.RealityNoSignals)] : signals;
        IEnumerable<string> questions = PreparationCards.RealityQuestions(locale, view.Profile);
        IEnumerable<string> checkIn = view.Preparation.CheckIn is { } answer
            ? [BotText.Format(locale, TextKey.PrepCheckInTopics, answer.Topics), BotText.Format(locale, TextKey.PrepCheckInScore, answer.Score)]
            : [];
        return signalLines.Concat(questions).Concat(checkIn);
    }

    private static IEnumerable<string> OptionLines(BotLocale locale, PreparationView view) =>
        view.Preparation.Requests.Count == 0
            ? [BotText.Get(locale, TextKey.CommonNone)]
            : view.Preparation.Requests.Select(r => BotText.Format(locale, TextKey.BriefRequestLine,
                BotText.Get(locale, "RequestKind." + r.Kind),
                ResourceTitle(r, view, locale),
                BotText.Date(r.At)));

    /// <summary>The name of a requested resource without its kind, which the brief line already states.</summary>
    private static string ResourceTitle(OptionRequest request, PreparationView view, BotLocale locale)
    {
        string named = PreparationCards.ResourceName($"{request.Kind}:{request.ResourceId}", view, locale);
        string prefix = PreparationFormat.Labelled(BotText.Get(locale, "RequestKind." + request.Kind), string.Empty, locale);
        return named.StartsWith(prefix, StringComparison.Ordinal) ? named[prefix.Length..] : named;
    }

    private static IEnumerable<string> ItemLines(BotLocale locale, PreparationView view)
    {
        List<string> lines = [.. view.OwnItems.Select(i => $"{PreparationCards.ItemLine(i, view, locale)} {PreparationCards.ItemExtras(i, view, locale)}")];
        return lines.Count == 0 ? [BotText.Get(locale, TextKey.WayNoItems)] : lines;
    }

    private static IEnumerable<string> Notes(BotLocale locale, PreparationView view, GrowStage stage)
    {
        string notes = view.Preparation.NotesFor(stage);
        return notes.Length == 0 ? [] : [BotText.Format(locale, TextKey.BriefNotes, notes)];
    }

    /// <summary>Each section with the systems its data came from and their latest delivery date, or why it is missing.</summary>
    private static IReadOnlyList<string> DataLines(BotLocale locale, PreparationView view) =>
        [.. view.Profile.Sections.Select(section => BotText.Format(locale, TextKey.BriefDataLine,
            PreparationFormat.SectionName(section.Name, locale),
            section.IsAvailable ? Sources(section, view.Profile, locale) : PreparationFormat.Reason(section.Status, locale)))];

    private static string Sources(SectionResult section, PreparationProfile profile, BotLocale locale)
    {
        List<(string Source, string Date)> sources = [.. (section.Data?.Series ?? [])
            .SelectMany(s => s.Points)
            .GroupBy(p => p.Source)
            .Select(g => (g.Key, BotText.Date(g.Max(p => p.AsOf))))];
        if (section.Data is FeedbackData feedback)
        {
            sources.AddRange(feedback.Items.GroupBy(i => i.Source).Select(g => (g.Key, PreparationFormat.Date(g.Max(i => i.Date)))));
        }

        List<string> merged = [.. sources.GroupBy(s => s.Source).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => BotText.Format(locale, TextKey.BriefSource, g.Key, g.Select(s => s.Date).Max(StringComparer.Ordinal)))];
        return merged.Count == 0
            ? BotText.Format(locale, TextKey.BriefOwnSource, BotText.Date(profile.ReadAt))
            : PreparationFormat.List(merged, locale);
    }
}
