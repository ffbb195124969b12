using GrowBot.Bot.Cards;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Preparations;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Bot.Replies;

public static partial class PreparationCards
{
    private const int MaxGoalQuestions = 3;

    private static void AddGoal(AdaptiveCard card, BotLocale locale, PreparationView view, int visible)
    {
        GoalsData? goals = view.Profile.Get<GoalsData>();
        Container chain = Section(BotText.Get(locale, TextKey.GoalHeading));
        if (goals is null || goals.Chains.Count == 0)
        {
            chain.Items.Add(Line(BotText.Get(locale, goals is null ? TextKey.ProfileNotOnRecord : TextKey.GoalNone)));
        }

        foreach (GoalChain item in (goals?.Chains ?? []).Take(Math.Max(1, visible)))
        {
            chain.Items.Add(new FactSet { Facts = ChainFacts(item, locale) });
            if (item.Team is not null && Share(item) is { } share)
            {
                chain.Items.Add(Line(BotText.Format(locale, TextKey.GoalShare, PreparationFormat.Number(share, locale), Title(item.Team, locale))));
            }
        }

        card.Body.Add(chain);
        card.Body.Add(FeasibilitySection(locale, view));
        card.Body.Add(RoleSection(locale, view));
        card.Body.Add(Section(BotText.Get(locale, TextKey.GoalQuestionsHeading), [.. GoalQuestions(locale, goals).Select(q => Line("- " + q))]));
    }

    /// <summary>The Goal-stage questions, each citing an actual goal: progress, share of the team goal, link to the company objective.</summary>
    internal static IReadOnlyList<string> GoalQuestions(BotLocale locale, GoalsData? goals)
    {
        GoalChain? first = goals?.Chains.FirstOrDefault();
        if (first is null)
        {
            return [BotText.Get(locale, TextKey.GoalQuestionNone)];
        }

        List<string> questions = [];
        Goal personal = first.Personal;
        questions.Add(BotText.Format(locale, TextKey.GoalQuestionProgress, Title(personal, locale),
            PreparationFormat.Number(personal.CompletionPercent, locale), PreparationFormat.Date(personal.PeriodEnd)));
        if (first.Team is not null && Share(first) is { } share)
        {
            questions.Add(BotText.Format(locale, TextKey.GoalQuestionShare, Title(personal, locale), PreparationFormat.Number(share, locale), Title(first.Team, locale)));
        }

        if (first.Company is not null)
        {
            questions.Add(BotText.Format(locale, TextKey.GoalQuestionCompany, Title(first.Team ?? personal, locale), Title(first.Company, locale)));
        }

        return [.. questions.Take(MaxGoalQuestions)];
    }

    internal static string Title(Goal goal, BotLocale locale) => locale.IsChinese ? goal.TitleZh : goal.TitleEn;

    internal static string Progress(Goal goal, BotLocale locale) => BotText.Format(locale, TextKey.GoalProgress, Title(goal, locale),
        PreparationFormat.Number(goal.Progress, locale), PreparationFormat.Number(goal.Target, locale), goal.Unit, PreparationFormat.Number(goal.CompletionPercent, locale));

    /// <summary>The personal goal's share of the team goal: from the targets when they share a unit, else the recorded contribution.</summary>
    private static decimal? Share(GoalChain chain) =>
        chain.ShareOfTeamPercent ?? (chain.Personal.ContributionPercent > 0m ? chain.Personal.ContributionPercent : null);

    private static List<Fact> ChainFacts(GoalChain chain, BotLocale locale)
    {
        List<Fact> facts = [];
        if (chain.Company is not null)
        {
            facts.Add(new Fact(BotText.Get(locale, TextKey.GoalCompany), Progress(chain.Company, locale)));
        }

        if (chain.Team is not null)
        {
            facts.Add(new Fact(BotText.Get(locale, TextKey.GoalTeam), Progress(chain.Team, locale)));
        }

        facts.Add(new Fact(BotText.Get(locale, TextKey.GoalPersonal), Progress(chain.Personal, locale)));
        return facts;
    }

    private static Container FeasibilitySection(BotLocale locale, PreparationView view)
    {
        Container section = Section(BotText.Get(locale, TextKey.GoalFeasibilityHeading));
        // No min or max on the input: the Adaptive Cards renderer treats an empty bounded number input as invalid and
        // then blocks every button of the card. PreparationInputs checks the range when the card comes back.
        section.Items.Add(new NumberInput(PreparationInputs.TargetPercentField)
        {
            Label = BotText.Get(locale, TextKey.GoalTargetLabel),
            Value = view.Preparation.TargetPercent is { } target ? (double)target : null,
            ErrorMessage = BotText.Get(locale, TextKey.GoalTargetError),
        });
        if (view.Feasibility is { } check)
        {
            string style = check.Verdict is FeasibilityVerdict.FarAbove or FeasibilityVerdict.FarBelow ? "attention" : "good";
            section.Items.Add(new Container { Style = style, Items = [new TextBlock(FeasibilityText(check, locale))] });
            if (check.Periods.Count > 0)
            {
                string evidence = PreparationFormat.List(check.Periods.Select(p =>
                    PreparationFormat.WithSource($"{PreparationFormat.Period(p, locale)} {PreparationFormat.Percent(p.Value, locale)}", p, locale)), locale);
                section.Items.Add(TextBlock.Subtle(BotText.Format(locale, TextKey.GoalEvidence, evidence)));
            }
        }

        return section;
    }

    internal static string FeasibilityText(FeasibilityCheck check, BotLocale locale)
    {
        string target = PreparationFormat.Number(check.TargetPercent, locale);
        string overtime = check.AverageOvertime is { } hours
            ? BotText.Format(locale, TextKey.CommonHours, PreparationFormat.Number(hours, locale))
            : BotText.Get(locale, TextKey.ProfileNotOnRecord);
        string key = check.Verdict switch
        {
            FeasibilityVerdict.FarAbove => TextKey.GoalFarAbove,
            FeasibilityVerdict.FarBelow => TextKey.GoalFarBelow,
            FeasibilityVerdict.Realistic => TextKey.GoalRealistic,
            _ => TextKey.GoalNoHistory,
        };
        return check.Verdict == FeasibilityVerdict.NoHistory
            ? BotText.Format(locale, key, target)
            : BotText.Format(locale, key, target, PreparationFormat.Number(check.RequiredOfTrackRecord, locale), PreparationFormat.Number(check.LastYearCompletion, locale), overtime);
    }

    private static Container RoleSection(BotLocale locale, PreparationView view)
    {
        Container section = Section(BotText.Get(locale, TextKey.GoalRoleLabel));
        section.Items.Add(new TextInput(PreparationInputs.TargetRoleField) { MaxLength = Preparation.MaxTargetRoleLength, Value = view.Preparation.TargetRole });
        if (view.RoleGap is { } gap)
        {
            string title = locale.IsChinese ? gap.Role.TitleZh : gap.Role.TitleEn;
            section.Items.Add(new TextBlock(BotText.Format(locale, TextKey.TargetRoleHeading, title)) { Weight = "Bolder" });
            section.Items.Add(TextBlock.Subtle(BotText.Get(locale, gap.Role.OpeningId is null ? TextKey.TargetRoleSourceBuiltIn : TextKey.TargetRoleSourceOpening)));
            section.Items.Add(new FactSet
            {
                Facts =
                [
                    new Fact(BotText.Get(locale, TextKey.TargetRoleRequires), PreparationFormat.Skills(gap.Role.RequiredSkills, locale)),
                    new Fact(BotText.Get(locale, TextKey.TargetRoleHeld), PreparationFormat.Skills(gap.Held, locale)),
                    new Fact(BotText.Get(locale, TextKey.TargetRoleBuilding), PreparationFormat.Skills(gap.Building, locale)),
                    new Fact(BotText.Get(locale, TextKey.TargetRoleMissing), PreparationFormat.Skills(gap.Missing, locale)),
                ],
            });
        }
        else if (!string.IsNullOrWhiteSpace(view.RoleQuery))
        {
            section.Items.Add(Line(BotText.Format(locale, TextKey.TargetRoleNone, view.RoleQuery)));
        }

        return section;
    }
}
