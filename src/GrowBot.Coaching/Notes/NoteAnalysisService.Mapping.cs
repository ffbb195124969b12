namespace GrowBot.Coaching.Notes;

public sealed partial class NoteAnalysisService
{
    /// <summary>
    /// Turns quoted evidence of the redacted notes into spans of the original notes. Each quote gets its placeholders
    /// restored and is then searched in the original text; a quote that cannot be found is dropped, and a signal
    /// without any evidence left is dropped with it.
    /// </summary>
    internal static NoteAnalysis MapBack(string original, RedactedNote redacted, ExternalNoteAnswer answer, string analyserName)
    {
        List<DetectedSignal> signals = [];
        foreach (ExternalSignal signal in answer.Signals)
        {
            if (signals.Any(existing => existing.Code == signal.Code))
            {
                continue;
            }

            List<EvidenceSpan> spans = [];
            foreach (string quote in signal.Evidence)
            {
                if (Locate(original, redacted.Restore(quote), spans) is { } span)
                {
                    spans.Add(span);
                }
            }

            if (spans.Count > 0)
            {
                spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
                signals.Add(new DetectedSignal(signal.Code, spans));
            }
        }

        signals.Sort(static (a, b) => a.Evidence[0].Start.CompareTo(b.Evidence[0].Start));

        List<EmotionalCue> cues = [];
        foreach (ExternalCue cue in answer.EmotionalCues)
        {
            if (Locate(original, redacted.Restore(cue.Evidence), []) is { } span)
            {
                cues.Add(new EmotionalCue(redacted.Restore(cue.Cue), cue.Polarity, span));
            }
        }

        cues.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new NoteAnalysis(signals, answer.Sentiment, cues, analyserName);
    }

    /// <summary>
    /// Finds the quote in the original text, preferring an occurrence that is not yet among <paramref name="taken"/>.
    /// Returns null for a blank quote or one that does not occur.
    /// </summary>
    private static EvidenceSpan? Locate(string original, string quote, List<EvidenceSpan> taken)
    {
        string trimmed = quote.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        int first = -1;
        for (int index = original.IndexOf(trimmed, StringComparison.Ordinal); index >= 0; index = original.IndexOf(trimmed, index + 1, StringComparison.Ordinal))
        {
            if (first < 0)
            {
                first = index;
            }

            int start = index;
            if (!taken.Any(span => span.Start == start))
            {
                return new EvidenceSpan(index, trimmed.Length, original.Substring(index, trimmed.Length));
            }
        }

        if (first < 0)
        {
            first = original.IndexOf(trimmed, StringComparison.OrdinalIgnoreCase);
        }

        return first < 0 || taken.Any(span => span.Start == first) ? null : new EvidenceSpan(first, trimmed.Length, original.Substring(first, trimmed.Length));
    }
}
