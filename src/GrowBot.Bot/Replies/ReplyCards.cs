using System.Text.Json.Nodes;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Commands;
using GrowBot.Bot.Localization;

namespace GrowBot.Bot.Replies;

/// <summary>The cards that need no personal data: text, help, welcome and privacy.</summary>
public static class ReplyCards
{
    /// <summary>A card with one paragraph, used for refusals, errors and pointers.</summary>
    public static AdaptiveCard Text(BotLocale locale, string text) => new() { Lang = locale.Language, Body = [new TextBlock(text)] };

    public static AdaptiveCard Help(BotLocale locale, string? intro = null)
    {
        AdaptiveCard card = new() { Lang = locale.Language };
        if (intro is not null)
        {
            card.Body.Add(new TextBlock(intro));
        }

        card.Body.Add(TextBlock.Heading(BotText.Get(locale, TextKey.HelpTitle)));
        foreach (string key in new[] { TextKey.HelpCommandHelp, TextKey.HelpCommandWhoAmI, TextKey.HelpCommandPrivacy, TextKey.HelpCommandPrepare, TextKey.HelpCommandContinue, TextKey.HelpCommandPortfolio, TextKey.HelpCommandNotes })
        {
            card.Body.Add(new TextBlock("- " + BotText.Get(locale, key)) { Spacing = "Small" });
        }

        card.Body.Add(new TextInput(CommandVerbs.NameField)
        {
            Label = BotText.Get(locale, TextKey.HelpNameLabel),
            Placeholder = BotText.Get(locale, TextKey.HelpNamePlaceholder),
            MaxLength = 200,
            Separator = true,
        });
        card.Body.Add(new ActionSet { Actions = [Button(locale, TextKey.ButtonPrepare, CommandVerbs.Prepare)] });
        card.Actions =
        [
            Button(locale, TextKey.ButtonPortfolio, CommandVerbs.Portfolio),
            Button(locale, TextKey.ButtonContinue, CommandVerbs.Continue),
            Button(locale, TextKey.ButtonWhoAmI, CommandVerbs.WhoAmI),
            Button(locale, TextKey.ButtonPrivacy, CommandVerbs.Privacy),
        ];
        return card;
    }

    public static AdaptiveCard Welcome(BotLocale locale)
    {
        AdaptiveCard card = new() { Lang = locale.Language };
        card.Body.Add(TextBlock.Heading(BotText.Get(locale, TextKey.WelcomeTitle)));
        card.Body.Add(new TextBlock(BotText.Get(locale, TextKey.WelcomeBody)));
        card.Body.Add(new TextBlock(BotText.Get(locale, TextKey.WelcomePrivacy)) { IsSubtle = true });
        card.Actions =
        [
            Button(locale, TextKey.ButtonHelp, CommandVerbs.Help),
            Button(locale, TextKey.ButtonPrivacy, CommandVerbs.Privacy),
        ];
        return card;
    }

    /// <summary>The short welcome of a team channel or group chat: no personal data.</summary>
    public static AdaptiveCard GroupWelcome(BotLocale locale) => new()
    {
        Lang = locale.Language,
        Body = [TextBlock.Heading(BotText.Get(locale, TextKey.WelcomeTitle)), new TextBlock(BotText.Get(locale, TextKey.WelcomeChannel))],
    };

    public static AdaptiveCard Privacy(BotLocale locale)
    {
        AdaptiveCard card = new() { Lang = locale.Language };
        card.Body.Add(TextBlock.Heading(BotText.Get(locale, TextKey.PrivacyTitle)));
        (string Title, string Text)[] sections =
        [
            (TextKey.PrivacyWhatTitle, TextKey.PrivacyWhat),
            (TextKey.PrivacySourcesTitle, TextKey.PrivacySources),
            (TextKey.PrivacyWhoTitle, TextKey.PrivacyWho),
            (TextKey.PrivacyRetentionTitle, TextKey.PrivacyRetention),
        ];
        foreach ((string title, string text) in sections)
        {
            card.Body.Add(new Container
            {
                Items = [new TextBlock(BotText.Get(locale, title)) { Weight = "Bolder" }, new TextBlock(BotText.Get(locale, text))],
            });
        }

        return card;
    }

    /// <summary>An Action.Execute button with an Action.Submit fallback for clients without Universal Actions.</summary>
    internal static ExecuteAction Button(BotLocale locale, string titleKey, string verb, JsonObject? data = null) =>
        ExecuteAction.WithSubmitFallback(BotText.Get(locale, titleKey), verb, data);
}
