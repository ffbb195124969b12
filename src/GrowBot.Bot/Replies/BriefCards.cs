using System.Text;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Commands;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Preparations;

namespace GrowBot.Bot.Replies;

/// <summary>The one-page brief at the end of a preparation.</summary>
public static class BriefCards
{
    public static CardBuilder Brief(BotLocale locale, PreparationView view) => visible =>
    {
        AdaptiveCard card = new() { Lang = locale.Language };
        card.Body.Add(TextBlock.Heading(BriefContent.Title(locale, view)));
        card.Body.Add(TextBlock.Subtle(BriefContent.Prepared(locale, view)));
        foreach (BriefSection section in BriefContent.Sections(locale, view))
        {
            card.Body.Add(PreparationCards.Section(section.Heading, [.. section.Lines.Take(Math.Max(1, visible)).Select(line => PreparationCards.Line("- " + line))]));
        }

        card.Body.Add(TextBlock.Subtle(BotText.Get(locale, TextKey.BriefMarkdownNote)));
        card.Actions = [ReplyCards.Button(locale, TextKey.ButtonPortfolio, CommandVerbs.Portfolio)];
        return card;
    };
}

/// <summary>Writes the brief as Markdown, with the same content as the brief card.</summary>
public static class BriefMarkdown
{
    public static string Write(BotLocale locale, PreparationView view)
    {
        StringBuilder markdown = new();
        markdown.Append("# ").AppendLine(Escape(BriefContent.Title(locale, view))).AppendLine();
        markdown.AppendLine(Escape(BriefContent.Prepared(locale, view)));
        foreach (BriefSection section in BriefContent.Sections(locale, view))
        {
            markdown.AppendLine().Append("## ").AppendLine(Escape(section.Heading)).AppendLine();
            foreach (string line in section.Lines)
            {
                markdown.Append("- ").AppendLine(Escape(line));
            }
        }

        return markdown.ToString();
    }

    /// <summary>Keeps each entry on one line and stops typed text from starting headings, lists or HTML.</summary>
    private static string Escape(string text) =>
        text.ReplaceLineEndings(" ").Replace("<", "&lt;", StringComparison.Ordinal).Replace("#", "\\#", StringComparison.Ordinal);
}
