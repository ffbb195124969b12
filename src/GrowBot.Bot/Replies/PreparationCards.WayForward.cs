using GrowBot.Bot.Cards;
using GrowBot.Bot.Commands;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Preparations;
using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Bot.Replies;

public static partial class PreparationCards
{
    private const int ResourceChoicesPerKind = 3;

    private static void AddWayForward(AdaptiveCard card, BotLocale locale, PreparationView view, int visible)
    {
        List<ActionItem> own = [.. view.OwnItems];
        Container items = Section(BotText.Get(locale, TextKey.WayItemsHeading));
        if (own.Count == 0)
        {
            items.Items.Add(Line(BotText.Get(locale, TextKey.WayNoItems)));
        }

        foreach (ActionItem item in own.Take(visible))
        {
            items.Items.Add(new TextBlock(ItemLine(item, view, locale)) { Spacing = "Medium" });
            items.Items.Add(TextBlock.Subtle(ItemExtras(item, view, locale)));
        }

        card.Body.Add(items);

        List<ActionItem> earlier = [.. view.EarlierItems];
        if (earlier.Count > 0)
        {
            card.Body.Add(Section(BotText.Get(locale, TextKey.WayEarlierHeading), [.. earlier.Take(visible).Select(i => Line("- " + EarlierLine(i, view, locale)))]));
        }

        card.Body.Add(NewItemForm(locale, view));
    }

    internal static string ItemLine(ActionItem item, PreparationView view, BotLocale locale) =>
        BotText.Format(locale, TextKey.WayItemLine, item.Title, PreparationFormat.Date(item.DueOn),
            (item.OwnerPersonId == view.Hrbp.Id ? view.Hrbp : view.Employee).DisplayName(locale.Name),
            BotText.Get(locale, "Cadence." + item.Cadence));

    internal static string ItemExtras(ActionItem item, PreparationView view, BotLocale locale) =>
        BotText.Format(locale, TextKey.WayItemExtras,
            PreparationFormat.List(item.Milestones, locale),
            item.LinkedResource is null ? BotText.Get(locale, TextKey.CommonNone) : ResourceName(item.LinkedResource, view, locale),
            item.MetricCode is null ? BotText.Get(locale, TextKey.CommonNone) : PreparationFormat.MetricName(item.MetricCode, locale));

    internal static string EarlierLine(ActionItem item, PreparationView view, BotLocale locale)
    {
        string line = BotText.Format(locale, TextKey.WayEarlierLine, item.Title, item.Progress, PreparationFormat.Date(item.DueOn));
        return item.IsOverdue(view.Profile.Today) ? BotText.Format(locale, TextKey.WayOverdue, line) : line;
    }

    private static Container NewItemForm(BotLocale locale, PreparationView view)
    {
        Container form = Section(BotText.Get(locale, TextKey.WayNewHeading));
        form.Items.Add(new TextInput(PreparationInputs.ItemTitleField) { Label = BotText.Get(locale, TextKey.WayTitleLabel), MaxLength = ActionItem.MaxTitleLength });
        form.Items.Add(new ChoiceSetInput(PreparationInputs.ItemOwnerField)
        {
            Label = BotText.Get(locale, TextKey.WayOwnerLabel),
            Style = "compact",
            Value = view.Employee.Id,
            Choices = [new Choice(view.Employee.DisplayName(locale.Name), view.Employee.Id), new Choice(view.Hrbp.DisplayName(locale.Name), view.Hrbp.Id)],
        });
        form.Items.Add(new DateInput(PreparationInputs.ItemDueField) { Label = BotText.Get(locale, TextKey.WayDueLabel), Min = PreparationFormat.Date(view.Profile.Today) });
        form.Items.Add(new TextInput(PreparationInputs.ItemMilestonesField) { Label = BotText.Get(locale, TextKey.WayMilestonesLabel), IsMultiline = true, MaxLength = 2000 });
        form.Items.Add(new ChoiceSetInput(PreparationInputs.ItemCadenceField)
        {
            Label = BotText.Get(locale, TextKey.WayCadenceLabel),
            Style = "compact",
            Value = nameof(CheckInCadence.WeeklyFriday),
            Choices = [.. Enum.GetValues<CheckInCadence>().Select(c => new Choice(BotText.Get(locale, "Cadence." + c), c.ToString()))],
        });
        form.Items.Add(new ChoiceSetInput(PreparationInputs.ItemResourceField)
        {
            Label = BotText.Get(locale, TextKey.WayResourceLabel),
            Style = "compact",
            Choices = [new Choice(BotText.Get(locale, TextKey.WayNoneChoice), PreparationInputs.NoneChoice), .. ResourceChoices(view, locale)],
        });
        form.Items.Add(new ChoiceSetInput(PreparationInputs.ItemMetricField)
        {
            Label = BotText.Get(locale, TextKey.WayMetricLabel),
            Style = "compact",
            Choices = [new Choice(BotText.Get(locale, TextKey.WayNoneChoice), PreparationInputs.NoneChoice), .. MetricChoices(view, locale)],
        });
        form.Items.Add(new ActionSet { Actions = [ReplyCards.Button(locale, TextKey.ButtonAddItem, CommandVerbs.PreparationAction, Data(view))] });
        return form;
    }

    /// <summary>Recorded requests first, then the best-ranked courses, mentors and projects, as <c>kind:id</c> values.</summary>
    private static IEnumerable<Choice> ResourceChoices(PreparationView view, BotLocale locale)
    {
        IEnumerable<string> values = view.Preparation.Requests.Select(r => ResourceValue(r.Kind, r.ResourceId))
            .Concat(view.Options.Courses.Take(ResourceChoicesPerKind).Select(c => ResourceValue(OptionRequestKind.CourseEnrolment, c.Course.Id)))
            .Concat(view.Options.Mentors.Take(ResourceChoicesPerKind).Select(m => ResourceValue(OptionRequestKind.MentorIntroduction, m.Mentor.PersonId)))
            .Concat(view.Options.Projects.Take(ResourceChoicesPerKind).Select(p => ResourceValue(OptionRequestKind.ProjectInterest, p.Project.Id)));
        return values.Distinct().Select(value => new Choice(ResourceName(value, view, locale), value));
    }

    private static IEnumerable<Choice> MetricChoices(PreparationView view, BotLocale locale)
    {
        IEnumerable<string> codes = view.Profile.Signals.Select(s => s.MetricCode)
            .Concat((view.Profile.Get<GoalsData>()?.Chains ?? []).Select(c => c.Personal.MetricCode).OfType<string>())
            .Append(Coaching.Profiles.MetricCodes.Rating);
        return codes.Distinct().Select(code => new Choice(PreparationFormat.MetricName(code, locale), code));
    }

    private static string ResourceValue(OptionRequestKind kind, string id) => $"{kind}:{id}";

    /// <summary>Names a linked resource stored as <c>kind:id</c>; other text is shown as it is.</summary>
    internal static string ResourceName(string value, PreparationView view, BotLocale locale)
    {
        string[] parts = value.Split(':', 2);
        OptionsCatalogData? catalog = view.Profile.Get<OptionsCatalogData>();
        if (parts.Length != 2 || catalog is null || !Enum.TryParse(parts[0], out OptionRequestKind kind))
        {
            return value;
        }

        string id = parts[1];
        string? name = kind switch
        {
            OptionRequestKind.CourseEnrolment => Localized(catalog.Courses.FirstOrDefault(c => c.Id == id), c => c.TitleZh, c => c.TitleEn, locale),
            OptionRequestKind.MentorIntroduction => catalog.Mentors.FirstOrDefault(m => m.Mentor.PersonId == id).Person?.DisplayName(locale.Name),
            OptionRequestKind.ProjectInterest => Localized(catalog.Projects.FirstOrDefault(p => p.Id == id), p => p.NameZh, p => p.NameEn, locale),
            _ => Localized(catalog.Openings.FirstOrDefault(o => o.Id == id), o => o.TitleZh, o => o.TitleEn, locale),
        };
        return name is null ? id : PreparationFormat.Labelled(BotText.Get(locale, "RequestKind." + kind), name, locale);
    }

    private static string? Localized<T>(T? item, Func<T, string> chinese, Func<T, string> english, BotLocale locale)
        where T : class
    {
        if (item is null)
        {
            return null;
        }

        return locale.IsChinese ? chinese(item) : english(item);
    }
}
