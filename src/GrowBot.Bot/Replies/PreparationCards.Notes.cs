using GrowBot.Bot.Cards;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Notes;
using GrowBot.Bot.Preparations;
using GrowBot.Coaching.Notes;

namespace GrowBot.Bot.Replies;

public static partial class PreparationCards
{
    /// <summary>Maximum number of suggested questions in the compact notes analysis on the preparation card.</summary>
    private const int MaxNotesQuestions = 3;

    /// <summary>Adds the compact analysis of the stage notes that this turn saved: signals, sentiment and follow-up questions.</summary>
    private static void AddNotesAnalysis(AdaptiveCard card, BotLocale locale, PreparationView view)
    {
        if (view.NotesAnalysis is not { } notes)
        {
            return;
        }

        NoteAnalysis analysis = notes.Outcome.Analysis;
        Container container = new()
        {
            Style = "emphasis",
            Items = [new TextBlock(BotText.Format(locale, TextKey.PrepNotesAnalysisHeading, PreparationFormat.StageName(notes.Stage, locale))) { Weight = "Bolder" }],
        };
        if (notes.Outcome.InjectionSuspected)
        {
            container.Items.Add(new Container { Style = "attention", Items = [new TextBlock(BotText.Get(locale, TextKey.NotesInjection))] });
        }

        string signals = analysis.Signals.Count == 0
            ? BotText.Get(locale, TextKey.NotesNoSignals)
            : PreparationFormat.List(analysis.Signals.Select(s => BotText.Get(locale, "Signal." + s.Code)), locale);
        container.Items.Add(new FactSet
        {
            Facts =
            [
                new Fact(BotText.Get(locale, TextKey.NotesSignalsHeading), signals),
                new Fact(BotText.Get(locale, TextKey.NotesSentiment), NoteCards.SentimentName(locale, analysis.Sentiment)),
            ],
        });
        container.Items.Add(Line(BotText.Get(locale, TextKey.NotesQuestionsHeading)));
        container.Items.AddRange(notes.Questions.Take(MaxNotesQuestions).Select(q => Line("- " + q)));
        card.Body.Add(container);
    }
}
