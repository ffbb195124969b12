using System.Text.Json.Nodes;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Commands;
using GrowBot.Bot.Localization;
using GrowBot.Coaching.People;

namespace GrowBot.Bot.Replies;

/// <summary>The check-in card that an employee gets before an interview, and its thank-you card.</summary>
public static class CheckInCards
{
    public const string TopicsField = "topics";
    public const string ScoreField = "score";
    public const string CommentField = "comment";

    private const int MaxTopicsLength = 2000;
    private const int MaxCommentLength = 1000;

    /// <summary>Asks the employee for topics and a self-assessment. The response is stored in the HRBP's preparation.</summary>
    public static AdaptiveCard Request(BotLocale locale, Person hrbp, string preparationId)
    {
        string hrbpName = hrbp.DisplayName(locale.Name);
        JsonObject data = new() { [CommandVerbs.PreparationIdField] = preparationId };
        return new AdaptiveCard
        {
            Lang = locale.Language,
            Body =
            [
                TextBlock.Heading(BotText.Format(locale, TextKey.CheckInTitle, hrbpName)),
                new TextBlock(BotText.Format(locale, TextKey.CheckInIntro, hrbpName)),
                new TextInput(TopicsField) { Label = BotText.Get(locale, TextKey.CheckInTopicsLabel), IsMultiline = true, MaxLength = MaxTopicsLength },
                new ChoiceSetInput(ScoreField)
                {
                    Label = BotText.Get(locale, TextKey.CheckInScoreLabel),
                    Style = "expanded",
                    Value = "3",
                    Choices =
                    [
                        new Choice(BotText.Get(locale, TextKey.CheckInScore1), "1"),
                        new Choice(BotText.Get(locale, TextKey.CheckInScore2), "2"),
                        new Choice(BotText.Get(locale, TextKey.CheckInScore3), "3"),
                        new Choice(BotText.Get(locale, TextKey.CheckInScore4), "4"),
                        new Choice(BotText.Get(locale, TextKey.CheckInScore5), "5"),
                    ],
                },
                new TextInput(CommentField) { Label = BotText.Get(locale, TextKey.CheckInCommentLabel), IsMultiline = true, MaxLength = MaxCommentLength },
                new ActionSet { Actions = [ReplyCards.Button(locale, TextKey.ButtonSendCheckIn, CommandVerbs.CheckInSubmit, data)] },
            ],
        };
    }

    public static AdaptiveCard Thanks(BotLocale locale, string hrbpName) =>
        ReplyCards.Text(locale, BotText.Format(locale, TextKey.CheckInThanks, hrbpName));
}
