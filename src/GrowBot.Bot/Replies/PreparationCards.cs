using System.Text.Json.Nodes;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Commands;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Preparations;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Bot.Replies;

/// <summary>
/// The one card of an interview preparation. Each stage refreshes the same card: a header, the stage's content,
/// the HRBP's notes for the stage, and the buttons to move between stages.
/// </summary>
public static partial class PreparationCards
{
    /// <summary>Most items each list shows before the card fitter shortens the lists.</summary>
    public const int MaxListItems = 8;

    public static CardBuilder Stage(BotLocale locale, PreparationView view) => visible =>
    {
        AdaptiveCard card = new() { Lang = locale.Language };
        AddHeader(card, locale, view);
        switch (view.Preparation.Stage)
        {
            case GrowStage.Goal:
                AddGoal(card, locale, view, visible);
                break;
            case GrowStage.Reality:
                AddReality(card, locale, view, visible);
                break;
            case GrowStage.Options:
                AddOptions(card, locale, view, visible);
                break;
            default:
                AddWayForward(card, locale, view, visible);
                break;
        }

        AddNotes(card, locale, view);
        AddNotesAnalysis(card, locale, view);
        AddNavigation(card, locale, view);
        card.Body.Add(TextBlock.Subtle(BotText.Get(locale, TextKey.PrepAuditNotice)));
        return card;
    };

    /// <summary>Card data of every button: the preparation, and the stage shown, so the notes are saved to it.</summary>
    internal static JsonObject Data(PreparationView view, GrowStage? target = null)
    {
        JsonObject data = new()
        {
            [CommandVerbs.PreparationIdField] = view.Preparation.Id,
            [PreparationInputs.FromField] = view.Preparation.Stage.ToString(),
        };
        if (target is { } stage)
        {
            data[CommandVerbs.StageField] = stage.ToString();
        }

        return data;
    }

    internal static Container Section(string heading, params CardElement[] items) => new()
    {
        Separator = true,
        Items = [new TextBlock(heading) { Weight = "Bolder" }, .. items],
    };

    internal static TextBlock Line(string text) => new(text) { Spacing = "Small" };

    private static void AddHeader(AdaptiveCard card, BotLocale locale, PreparationView view)
    {
        var employee = view.Employee;
        string notOnRecord = BotText.Get(locale, TextKey.ProfileNotOnRecord);
        string department = notOnRecord;
        if (view.Profile.Department is { } known)
        {
            department = locale.IsChinese ? known.NameZh : known.NameEn;
        }

        string job = locale.IsChinese ? employee.JobTitleZh : employee.JobTitleEn;
        card.Body.Add(TextBlock.Heading(BotText.Format(locale, TextKey.PrepTitle, employee.DisplayName(locale.Name))));
        card.Body.Add(TextBlock.Subtle(BotText.Format(locale, TextKey.PrepSubtitle, job, department, view.Profile.Manager?.DisplayName(locale.Name) ?? notOnRecord)));
        card.Body.Add(new TextBlock(BotText.Format(locale, TextKey.PrepStep, (int)view.Preparation.Stage + 1, PreparationFormat.StageName(view.Preparation.Stage, locale))) { Weight = "Bolder", Size = "Medium" });

        List<string> unavailable = [.. view.Profile.Unavailable.Select(s =>
            BotText.Format(locale, TextKey.PrepUnavailableItem, PreparationFormat.SectionName(s.Name, locale), PreparationFormat.Reason(s.Status, locale)))];
        if (unavailable.Count > 0)
        {
            card.Body.Add(new Container { Style = "attention", Items = [new TextBlock(BotText.Format(locale, TextKey.PrepUnavailable, PreparationFormat.List(unavailable, locale)))] });
        }

        AddCheckIn(card, locale, view);
    }

    private static void AddCheckIn(AdaptiveCard card, BotLocale locale, PreparationView view)
    {
        Preparation preparation = view.Preparation;
        if (preparation.CheckIn is { } answer)
        {
            Container container = new() { Style = "emphasis", Items = [new TextBlock(BotText.Format(locale, TextKey.PrepCheckInHeading, BotText.Date(answer.At))) { Weight = "Bolder" }] };
            container.Items.Add(Line(BotText.Format(locale, TextKey.PrepCheckInTopics, answer.Topics)));
            container.Items.Add(Line(BotText.Format(locale, TextKey.PrepCheckInScore, answer.Score)));
            if (!string.IsNullOrWhiteSpace(answer.Comment))
            {
                container.Items.Add(Line(BotText.Format(locale, TextKey.PrepCheckInComment, answer.Comment)));
            }

            card.Body.Add(container);
        }
        else if (preparation.CheckInRequestedAt is { } requested)
        {
            card.Body.Add(TextBlock.Subtle(BotText.Format(locale, TextKey.PrepCheckInPending, BotText.Date(requested))));
        }
    }

    private static void AddNotes(AdaptiveCard card, BotLocale locale, PreparationView view) =>
        card.Body.Add(new TextInput(PreparationInputs.NotesField)
        {
            Label = BotText.Get(locale, TextKey.PrepNotesLabel),
            Placeholder = BotText.Get(locale, TextKey.PrepNotesPlaceholder),
            IsMultiline = true,
            MaxLength = Preparation.MaxNotesLength,
            Value = NullIfEmpty(view.Preparation.NotesFor(view.Preparation.Stage)),
            Separator = true,
        });

    private static void AddNavigation(AdaptiveCard card, BotLocale locale, PreparationView view)
    {
        GrowStage stage = view.Preparation.Stage;
        List<CardAction> actions = [];
        if (stage > GrowStage.Goal)
        {
            actions.Add(ReplyCards.Button(locale, TextKey.ButtonBack, CommandVerbs.PreparationGo, Data(view, stage - 1)));
        }

        actions.Add(ReplyCards.Button(locale, TextKey.ButtonSave, CommandVerbs.PreparationGo, Data(view, stage)));
        actions.Add(stage == GrowStage.WayForward
            ? ReplyCards.Button(locale, TextKey.ButtonFinish, CommandVerbs.PreparationGo, Data(view, GrowStage.Brief))
            : ReplyCards.Button(locale, TextKey.ButtonNext, CommandVerbs.PreparationGo, Data(view, stage + 1)));
        card.Body.Add(new ActionSet { Actions = actions });
        card.Actions = [ReplyCards.Button(locale, TextKey.ButtonCheckIn, CommandVerbs.PreparationCheckIn, Data(view))];
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
