using System.Text.Json.Nodes;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Commands;
using GrowBot.Bot.Localization;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Bot.Replies;

/// <summary>The HRBP's portfolio: assigned employees, most urgent first, each with a button that opens the preparation.</summary>
public static class PortfolioCards
{
    public static CardBuilder Portfolio(BotLocale locale, IReadOnlyList<PortfolioEntry> entries) => visible =>
    {
        AdaptiveCard card = new() { Lang = locale.Language };
        card.Body.Add(TextBlock.Heading(BotText.Format(locale, TextKey.PortfolioTitle, entries.Count)));
        if (entries.Count == 0)
        {
            card.Body.Add(new TextBlock(BotText.Get(locale, TextKey.PortfolioEmpty)));
        }

        foreach (PortfolioEntry entry in entries.Take(visible))
        {
            card.Body.Add(Entry(locale, entry));
        }

        if (entries.Count > visible)
        {
            card.Body.Add(TextBlock.Subtle(BotText.Format(locale, TextKey.PortfolioMoreNotShown, entries.Count - visible)));
        }

        return card;
    };

    private static Container Entry(BotLocale locale, PortfolioEntry entry)
    {
        string job = locale.IsChinese ? entry.Employee.JobTitleZh : entry.Employee.JobTitleEn;
        string last = entry.LastInterview is { } at ? BotText.Date(at) : BotText.Get(locale, TextKey.PortfolioNever);
        string signals = entry.Signals.Count == 0
            ? BotText.Get(locale, TextKey.PortfolioNoSignals)
            : BotText.Format(locale, TextKey.PortfolioSignals, PreparationFormat.List(entry.Signals.Select(s => PreparationFormat.SignalName(s.Code, locale)), locale));
        Container container = new()
        {
            Separator = true,
            Style = entry.OverdueItems > 0 || entry.Signals.Count > 0 ? "warning" : null,
            Items =
            [
                new TextBlock($"{entry.Employee.DisplayName(locale.Name)} · {job}") { Weight = "Bolder" },
                new TextBlock(BotText.Format(locale, TextKey.PortfolioLine, last, entry.OpenItems, entry.OverdueItems)) { Spacing = "Small" },
                new TextBlock(signals) { Spacing = "Small" },
            ],
        };
        if (entry.HasOpenPreparation)
        {
            container.Items.Add(TextBlock.Subtle(BotText.Get(locale, TextKey.PortfolioInProgress)));
        }

        JsonObject data = new() { [CommandVerbs.PersonIdField] = entry.Employee.Id };
        container.Items.Add(new ActionSet { Actions = [ReplyCards.Button(locale, TextKey.ButtonPrepare, CommandVerbs.PrepareSelect, data)] });
        return container;
    }
}
