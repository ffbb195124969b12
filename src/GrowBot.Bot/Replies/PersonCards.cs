using System.Globalization;
using System.Text.Json.Nodes;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Commands;
using GrowBot.Bot.Localization;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Bot.Replies;

/// <summary>The cards that show personal data; sent only in personal chats.</summary>
public static class PersonCards
{
    public static AdaptiveCard WhoAmI(BotLocale locale, Person person, Department? department, UserRoles roles)
    {
        FactSet facts = new()
        {
            Facts =
            [
                new Fact(BotText.Get(locale, TextKey.WhoAmIName), person.DisplayName(locale.Name)),
                new Fact(BotText.Get(locale, TextKey.WhoAmIJobTitle), JobTitle(person, locale)),
                new Fact(BotText.Get(locale, TextKey.WhoAmIDepartment), DepartmentName(department, locale)),
                new Fact(BotText.Get(locale, TextKey.WhoAmIEmail), person.Email ?? BotText.Get(locale, TextKey.ProfileNotOnRecord)),
                new Fact(BotText.Get(locale, TextKey.WhoAmIRoles), RoleNames(roles, locale)),
            ],
        };

        return new AdaptiveCard
        {
            Lang = locale.Language,
            Body =
            [
                TextBlock.Heading(BotText.Get(locale, TextKey.WhoAmITitle)),
                facts,
                TextBlock.Subtle(BotText.Get(locale, TextKey.WhoAmIRolesSource)),
            ],
        };
    }

    /// <summary>
    /// A card with one button per employee (Action.Execute <c>prepare.select</c> with the person id). The caller passes
    /// only people assigned to the HRBP; with fewer visible than matches, the card states how many are not shown, as a
    /// lower bound when <paramref name="moreMayExist"/> is set because the search stopped at its maximum.
    /// </summary>
    public static CardBuilder Choice(BotLocale locale, string query, IReadOnlyList<Person> matches, bool moreMayExist = false) => visible =>
    {
        AdaptiveCard card = new() { Lang = locale.Language };
        card.Body.Add(new TextBlock(BotText.Format(locale, TextKey.ChoiceTitle, query)));
        foreach (Person person in matches.Take(visible))
        {
            string title = $"{person.DisplayName(locale.Name)} · {JobTitle(person, locale)}";
            JsonObject data = new() { [CommandVerbs.PersonIdField] = person.Id };
            card.Body.Add(new ActionSet { Actions = [ExecuteAction.WithSubmitFallback(title, CommandVerbs.PrepareSelect, data)], Spacing = "Small" });
        }

        int hidden = matches.Count - Math.Min(visible, matches.Count);
        if (hidden > 0 || moreMayExist)
        {
            string key = moreMayExist ? TextKey.ChoiceMoreNotShownAtLeast : TextKey.ChoiceMoreNotShown;
            card.Body.Add(TextBlock.Subtle(BotText.Format(locale, key, hidden)));
        }

        return card;
    };

    private static string PeriodLabel(BotLocale locale, MetricPoint point) => point.Period == PeriodKind.Quarter
        ? BotText.Format(locale, TextKey.ProfileQuarter, point.PeriodStart.Year, ((point.PeriodStart.Month - 1) / 3) + 1)
        : point.PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Signed(decimal value, BotLocale locale) => value.ToString("+0.#;-0.#;0", locale.Culture);

    private static string JobTitle(Person person, BotLocale locale) => locale.IsChinese ? person.JobTitleZh : person.JobTitleEn;

    private static string DepartmentName(Department? department, BotLocale locale) => department is null
        ? BotText.Get(locale, TextKey.ProfileNotOnRecord)
        : locale.IsChinese ? department.NameZh : department.NameEn;

    private static string RoleNames(UserRoles roles, BotLocale locale)
    {
        (UserRoles Role, string Key)[] names =
        [
            (UserRoles.Employee, TextKey.RoleEmployee),
            (UserRoles.Manager, TextKey.RoleManager),
            (UserRoles.Hrbp, TextKey.RoleHrbp),
            (UserRoles.Admin, TextKey.RoleAdmin),
        ];
        string separator = locale.IsChinese ? "、" : ", ";
        string[] roleNames = [.. names.Where(name => roles.HasFlag(name.Role)).Select(name => BotText.Get(locale, name.Key))];
        return roleNames.Length == 0 ? BotText.Get(locale, TextKey.RoleNone) : string.Join(separator, roleNames);
    }
}
