namespace GrowBot.Coaching.Notes;

/// <summary>Counts and scores for one signal code over an evaluated corpus.</summary>
/// <param name="TruePositives">Notes where the code is both labelled and detected.</param>
/// <param name="FalsePositives">Notes where the code is detected but not labelled.</param>
/// <param name="FalseNegatives">Notes where the code is labelled but not detected.</param>
public sealed record SignalScore(string Code, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP), or 0 when nothing was detected.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), or 0 when nothing was labelled.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall, or 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    internal static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

/// <summary>A note whose detected signals or sentiment differ from its labels. Carries ids and codes, never note text.</summary>
public sealed record NoteMismatch(
    string Id,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Extra,
    NoteSentiment ExpectedSentiment,
    NoteSentiment ActualSentiment);

/// <summary>The outcome of <see cref="NoteCorpusEvaluator.EvaluateAsync"/>.</summary>
/// <param name="NoteCount">Notes evaluated, without skipped lines.</param>
/// <param name="SkippedLineCount">Lines skipped because they were invalid.</param>
/// <param name="PerSignal">Scores per code, in the order of <see cref="NoteSignalCodes.All"/>.</param>
/// <param name="MicroF1">F1 over all (note, signal) pairs.</param>
/// <param name="SentimentAccuracy">Share of notes whose sentiment matches the label, or 0 when there are no notes.</param>
public sealed record NoteEvaluationResult(
    int NoteCount,
    int SkippedLineCount,
    IReadOnlyList<SignalScore> PerSignal,
    double MicroPrecision,
    double MicroRecall,
    double MicroF1,
    double SentimentAccuracy,
    IReadOnlyList<NoteMismatch> Mismatches);
