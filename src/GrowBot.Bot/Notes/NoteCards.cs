using GrowBot.Bot.Cards;
using GrowBot.Bot.Localization;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.People;

namespace GrowBot.Bot.Notes;

/// <summary>The analysis card of the <c>notes</c> command; sent only in personal chats.</summary>
public static class NoteCards
{
    private const int MaxEvidencePerSignal = 3;

    /// <summary>Builds the card with the first <c>visible</c> signals; the card states how many more are not shown.</summary>
    public static CardBuilder Analysis(BotLocale locale, NoteAnalysisOutcome outcome, Person? employee, IReadOnlyList<string> questions) => visible =>
    {
        NoteAnalysis analysis = outcome.Analysis;
        AdaptiveCard card = new() { Lang = locale.Language };
        card.Body.Add(TextBlock.Heading(employee is null
            ? BotText.Get(locale, TextKey.NotesTitle)
            : BotText.Format(locale, TextKey.NotesTitleFor, employee.DisplayName(locale.Name))));

        if (outcome.InjectionSuspected)
        {
            card.Body.Add(new Container { Style = "attention", Items = [new TextBlock(BotText.Get(locale, TextKey.NotesInjection))] });
        }

        if (outcome.FallbackReason is { } reason)
        {
            card.Body.Add(new Container { Style = "warning", Items = [new TextBlock(BotText.Get(locale, FallbackKey(reason)))] });
        }

        card.Body.Add(Signals(locale, analysis, visible));
        card.Body.Add(Mood(locale, analysis));
        card.Body.Add(Questions(locale, questions));
        card.Body.Add(new FactSet { Facts = [new Fact(BotText.Get(locale, TextKey.NotesAnalysedBy), AnalyserLabel(locale, analysis.AnalyserName))], Separator = true });
        card.Body.Add(TextBlock.Subtle(BotText.Get(locale, TextKey.NotesStoredPrivately)));
        return card;
    };

    /// <summary>The localized name of an analyser: the built-in one, or Azure OpenAI with its deployment.</summary>
    public static string AnalyserLabel(BotLocale locale, string analyserName)
    {
        const string azurePrefix = "azure-openai:";
        if (analyserName.StartsWith(azurePrefix, StringComparison.Ordinal))
        {
            return BotText.Format(locale, TextKey.NotesAnalyserAzure, analyserName[azurePrefix.Length..]);
        }

        return analyserName == BuiltInNoteAnalyser.AnalyserName ? BotText.Get(locale, TextKey.NotesAnalyserBuiltIn) : analyserName;
    }

    private static Container Signals(BotLocale locale, NoteAnalysis analysis, int visible)
    {
        Container container = new() { Separator = true, Items = [TextBlock.Heading(BotText.Get(locale, TextKey.NotesSignalsHeading))] };
        if (analysis.Signals.Count == 0)
        {
            container.Items.Add(new TextBlock(BotText.Get(locale, TextKey.NotesNoSignals)));
            return container;
        }

        foreach (DetectedSignal signal in analysis.Signals.Take(visible))
        {
            container.Items.Add(new TextBlock(BotText.Get(locale, "Signal." + signal.Code)) { Weight = "Bolder", Spacing = "Medium" });
            foreach (EvidenceSpan span in signal.Evidence.Take(MaxEvidencePerSignal))
            {
                container.Items.Add(new TextBlock(Quote(locale, span.Text)) { IsSubtle = true, Spacing = "Small" });
            }
        }

        int hidden = analysis.Signals.Count - Math.Min(visible, analysis.Signals.Count);
        if (hidden > 0)
        {
            container.Items.Add(TextBlock.Subtle(BotText.Format(locale, TextKey.NotesMoreSignalsNotShown, hidden)));
        }

        return container;
    }

    private static FactSet Mood(BotLocale locale, NoteAnalysis analysis)
    {
        string separator = locale.IsChinese ? "、" : ", ";
        string cues = analysis.EmotionalCues.Count == 0
            ? BotText.Get(locale, TextKey.NotesNoCues)
            : string.Join(separator, analysis.EmotionalCues
                .Select(cue => BotText.Format(locale, TextKey.NotesCue, cue.Span.Text, SentimentName(locale, cue.Polarity)))
                .Distinct(StringComparer.Ordinal));
        return new FactSet
        {
            Separator = true,
            Facts =
            [
                new Fact(BotText.Get(locale, TextKey.NotesSentiment), SentimentName(locale, analysis.Sentiment)),
                new Fact(BotText.Get(locale, TextKey.NotesCues), cues),
            ],
        };
    }

    private static Container Questions(BotLocale locale, IReadOnlyList<string> questions)
    {
        Container container = new() { Separator = true, Items = [TextBlock.Heading(BotText.Get(locale, TextKey.NotesQuestionsHeading))] };
        for (int i = 0; i < questions.Count; i++)
        {
            container.Items.Add(new TextBlock($"{i + 1}. {questions[i]}") { Spacing = "Small" });
        }

        return container;
    }

    private static string Quote(BotLocale locale, string text) => locale.IsChinese ? $"「{text}」" : $"“{text}”";

    internal static string SentimentName(BotLocale locale, NoteSentiment sentiment) => BotText.Get(locale, sentiment switch
    {
        NoteSentiment.Negative => TextKey.SentimentNegative,
        NoteSentiment.Positive => TextKey.SentimentPositive,
        _ => TextKey.SentimentNeutral,
    });

    private static string FallbackKey(NoteFallbackReason reason) => reason switch
    {
        NoteFallbackReason.BudgetExceeded => TextKey.NotesFallbackBudgetExceeded,
        NoteFallbackReason.Timeout => TextKey.NotesFallbackTimeout,
        NoteFallbackReason.RateLimited => TextKey.NotesFallbackRateLimited,
        NoteFallbackReason.ContentFiltered => TextKey.NotesFallbackContentFiltered,
        NoteFallbackReason.Truncated => TextKey.NotesFallbackTruncated,
        NoteFallbackReason.InvalidAnswer => TextKey.NotesFallbackInvalidAnswer,
        _ => TextKey.NotesFallbackServiceError,
    };
}
