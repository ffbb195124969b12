namespace GrowBot.Coaching.Notes;

/// <summary>Interview notes to analyse, as the HRBP typed or pasted them.</summary>
/// <param name="Text">The notes in Chinese, English or both. Treated as data, never as instructions.</param>
/// <param name="Locale">The HRBP's locale (for example <c>zh-CN</c>), if known. Analysers may ignore it.</param>
public sealed record NoteAnalysisRequest(string Text, string? Locale = null);

/// <summary>Overall state of the employee as the notes convey it.</summary>
public enum NoteSentiment
{
    Negative,
    Neutral,
    Positive,
}

/// <summary>
/// A range of the original note text. <see cref="Start"/> and <see cref="Length"/> count UTF-16
/// code units, so <c>text.Substring(Start, Length) == Text</c>.
/// </summary>
public sealed record EvidenceSpan(int Start, int Length, string Text);

/// <summary>One signal code from <see cref="NoteSignalCodes"/> with the spans that support it, in text order.</summary>
public sealed record DetectedSignal(string Code, IReadOnlyList<EvidenceSpan> Evidence);

/// <summary>An emotional word in the notes, its polarity and where it occurs.</summary>
/// <param name="Cue">The lexicon form of the cue, for example <c>焦虑</c> or <c>frustrated</c>.</param>
public sealed record EmotionalCue(string Cue, NoteSentiment Polarity, EvidenceSpan Span);

/// <summary>The result of one analysis.</summary>
/// <param name="Signals">Signals the employee expresses, in order of first evidence. Each code appears once.</param>
/// <param name="Sentiment">Overall sentiment.</param>
/// <param name="EmotionalCues">Emotional cues about the employee, in text order.</param>
/// <param name="AnalyserName">The <see cref="INoteAnalyser.Name"/> of the analyser that produced the result.</param>
public sealed record NoteAnalysis(
    IReadOnlyList<DetectedSignal> Signals,
    NoteSentiment Sentiment,
    IReadOnlyList<EmotionalCue> EmotionalCues,
    string AnalyserName)
{
    /// <summary>Returns whether a signal with <paramref name="code"/> was detected.</summary>
    public bool HasSignal(string code) => Signals.Any(signal => signal.Code == code);
}
