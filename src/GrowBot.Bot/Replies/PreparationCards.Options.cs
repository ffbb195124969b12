using System.Text.Json.Nodes;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Commands;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Preparations;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Bot.Replies;

public static partial class PreparationCards
{
    private static void AddOptions(AdaptiveCard card, BotLocale locale, PreparationView view, int visible)
    {
        RankedOptions options = view.Options;
        if (view.Profile.Unavailable.FirstOrDefault(s => s.Name == PreparationSections.Options) is { } missing)
        {
            card.Body.Add(new Container
            {
                Style = "attention",
                Items = [Line(BotText.Format(locale, TextKey.PrepUnavailableItem, PreparationFormat.SectionName(missing.Name, locale), PreparationFormat.Reason(missing.Status, locale)))],
            });
        }

        card.Body.Add(Section(BotText.Get(locale, TextKey.OptionsNeedsHeading),
            options.Needs.Count == 0 ? [Line(BotText.Get(locale, TextKey.CommonNone))] : [.. options.Needs.Select(n => Line("- " + Need(n, view, locale)))]));

        AddOptionList(card, locale, view, TextKey.OptionsCourses, options.Courses, visible, course => new OptionLine(
            BotText.Format(locale, TextKey.OptionsCourseLine, locale.IsChinese ? course.Course.TitleZh : course.Course.TitleEn, PreparationFormat.Number(course.Course.Hours, locale), course.Course.Provider),
            Reasons(course.Reasons, view, locale), OptionRequestKind.CourseEnrolment, course.Course.Id, TextKey.ButtonEnrol));
        AddOptionList(card, locale, view, TextKey.OptionsMentors, options.Mentors, visible, mentor => new OptionLine(
            BotText.Format(locale, TextKey.OptionsMentorLine, mentor.Person.DisplayName(locale.Name), locale.IsChinese ? mentor.Person.JobTitleZh : mentor.Person.JobTitleEn, mentor.Mentor.ActiveMentees, mentor.Mentor.Capacity),
            Reasons(mentor.Reasons, view, locale), OptionRequestKind.MentorIntroduction, mentor.Mentor.PersonId, TextKey.ButtonAskIntroduction));
        AddOptionList(card, locale, view, TextKey.OptionsProjects, options.Projects, visible, project => new OptionLine(
            BotText.Format(locale, TextKey.OptionsProjectLine, locale.IsChinese ? project.Project.NameZh : project.Project.NameEn, BotText.Get(locale, "ProjectKind." + project.Project.Kind), project.Project.OpenSeats),
            Reasons(project.Reasons, view, locale), OptionRequestKind.ProjectInterest, project.Project.Id, TextKey.ButtonNoteInterest));
        AddOptionList(card, locale, view, TextKey.OptionsOpenings, options.Openings, visible, opening => new OptionLine(
            BotText.Format(locale, TextKey.OptionsOpeningLine, locale.IsChinese ? opening.Opening.TitleZh : opening.Opening.TitleEn, opening.MatchPercent, PreparationFormat.Skills(opening.MissingSkills, locale)),
            null, OptionRequestKind.OpeningInterest, opening.Opening.Id, TextKey.ButtonNoteInterest));
    }

    private sealed record OptionLine(string Text, string? Reason, OptionRequestKind Kind, string ResourceId, string ButtonKey);

    private static void AddOptionList<T>(AdaptiveCard card, BotLocale locale, PreparationView view, string headingKey, IReadOnlyList<T> items, int visible, Func<T, OptionLine> describe)
    {
        Container section = Section(BotText.Get(locale, headingKey));
        if (items.Count == 0)
        {
            section.Items.Add(Line(BotText.Get(locale, TextKey.OptionsNone)));
        }

        foreach (OptionLine line in items.Take(visible).Select(describe))
        {
            section.Items.Add(new TextBlock(line.Text) { Spacing = "Medium" });
            if (line.Reason is not null)
            {
                section.Items.Add(TextBlock.Subtle(BotText.Format(locale, TextKey.OptionsBecause, line.Reason)));
            }

            OptionRequest? recorded = view.Preparation.Requests.FirstOrDefault(r => r.Kind == line.Kind && r.ResourceId == line.ResourceId);
            if (recorded is not null)
            {
                section.Items.Add(TextBlock.Subtle(BotText.Format(locale, TextKey.OptionsRequested, BotText.Date(recorded.At))));
                continue;
            }

            JsonObject data = Data(view);
            data[CommandVerbs.KindField] = line.Kind.ToString();
            data[CommandVerbs.ResourceField] = line.ResourceId;
            section.Items.Add(new ActionSet { Spacing = "Small", Actions = [ReplyCards.Button(locale, line.ButtonKey, CommandVerbs.PreparationOption, data)] });
        }

        if (items.Count > visible)
        {
            section.Items.Add(TextBlock.Subtle(BotText.Format(locale, TextKey.OptionsMoreNotShown, items.Count - visible)));
        }

        card.Body.Add(section);
    }

    private static string Reasons(IReadOnlyList<SkillNeed> reasons, PreparationView view, BotLocale locale) =>
        PreparationFormat.List(reasons.Select(r => Need(r, view, locale)), locale);

    /// <summary>Words a need: the skill and why it matters (target role, in progress, which goal, which signal).</summary>
    internal static string Need(SkillNeed need, PreparationView view, BotLocale locale)
    {
        string skill = PreparationFormat.Skill(need.Skill, locale);
        return need.Kind switch
        {
            NeedKind.TargetRole => BotText.Format(locale, TextKey.NeedTargetRole, skill),
            NeedKind.InProgress => BotText.Format(locale, TextKey.NeedInProgress, skill),
            NeedKind.Goal => BotText.Format(locale, TextKey.NeedGoal, skill, GoalTitle(need.Detail, view, locale)),
            _ => BotText.Format(locale, TextKey.NeedSignal, skill, PreparationFormat.SignalName(need.Detail ?? string.Empty, locale)),
        };
    }

    private static string GoalTitle(string? goalId, PreparationView view, BotLocale locale)
    {
        Goal? goal = view.Profile.Get<GoalsData>()?.Chains.Select(c => c.Personal).FirstOrDefault(g => g.Id == goalId);
        return goal is null ? goalId ?? string.Empty : Title(goal, locale);
    }
}
