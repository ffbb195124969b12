using System.Globalization;
using System.Text;

namespace GrowBot.Coaching.Notes;

/// <summary>
/// Evaluates a note analyser against a labelled JSONL corpus: one JSON object a line with
/// <c>id</c>, <c>text</c>, <c>signals</c> (array of codes) and <c>sentiment</c>
/// (<c>negative</c>, <c>neutral</c> or <c>positive</c>). The evaluator ignores <c>lang</c> and other fields.
/// </summary>
/// <remarks>
/// The output lists invalid lines (line number and reason), the notes that differ from their
/// labels (ids and codes only), a table of precision, recall and F1 per signal, and ends with
/// exactly one line <c>micro_f1=0.000 sentiment_accuracy=0.000</c> in invariant culture.
/// </remarks>
public sealed partial class NoteCorpusEvaluator(INoteAnalyser analyser)
{
    private readonly INoteAnalyser _analyser = analyser;

    /// <summary>Reads every line of <paramref name="jsonl"/>, analyses each valid note and writes the report to <paramref name="output"/>.</summary>
    public async Task<NoteEvaluationResult> EvaluateAsync(Stream jsonl, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jsonl);
        ArgumentNullException.ThrowIfNull(output);

        Dictionary<string, int[]> counts = NoteSignalCodes.All.ToDictionary(code => code, _ => new int[3]);
        List<NoteMismatch> mismatches = [];
        int notes = 0;
        int skipped = 0;
        int sentimentHits = 0;

        using StreamReader reader = new(jsonl, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        int lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryParse(line, out LabelledNote? note, out string? error))
            {
                skipped++;
                await output.WriteLineAsync($"line {lineNumber}: skipped, {error}").ConfigureAwait(false);
                continue;
            }

            NoteAnalysis analysis = await _analyser.AnalyseAsync(new NoteAnalysisRequest(note.Text), cancellationToken).ConfigureAwait(false);
            notes++;
            sentimentHits += analysis.Sentiment == note.Sentiment ? 1 : 0;
            NoteMismatch? mismatch = Compare(note, analysis, counts);
            if (mismatch is not null)
            {
                mismatches.Add(mismatch);
            }
        }

        NoteEvaluationResult result = BuildResult(notes, skipped, sentimentHits, counts, mismatches);
        await WriteReportAsync(result, output).ConfigureAwait(false);
        return result;
    }

    private static NoteMismatch? Compare(LabelledNote note, NoteAnalysis analysis, Dictionary<string, int[]> counts)
    {
        HashSet<string> detected = analysis.Signals.Select(signal => signal.Code).ToHashSet(StringComparer.Ordinal);
        List<string> missed = [];
        List<string> extra = [];
        foreach (string code in NoteSignalCodes.All)
        {
            bool labelled = note.Signals.Contains(code);
            bool found = detected.Contains(code);
            int slot = (labelled, found) switch
            {
                (true, true) => 0,
                (false, true) => 1,
                (true, false) => 2,
                _ => -1,
            };

            if (slot >= 0)
            {
                counts[code][slot]++;
            }

            if (slot == 1)
            {
                extra.Add(code);
            }
            else if (slot == 2)
            {
                missed.Add(code);
            }
        }

        bool same = missed.Count == 0 && extra.Count == 0 && analysis.Sentiment == note.Sentiment;
        return same ? null : new NoteMismatch(note.Id, missed, extra, note.Sentiment, analysis.Sentiment);
    }

    private static NoteEvaluationResult BuildResult(int notes, int skipped, int sentimentHits, Dictionary<string, int[]> counts, List<NoteMismatch> mismatches)
    {
        List<SignalScore> perSignal = NoteSignalCodes.All.Select(code => new SignalScore(code, counts[code][0], counts[code][1], counts[code][2])).ToList();
        int tp = perSignal.Sum(score => score.TruePositives);
        int fp = perSignal.Sum(score => score.FalsePositives);
        int fn = perSignal.Sum(score => score.FalseNegatives);
        double precision = SignalScore.Ratio(tp, tp + fp);
        double recall = SignalScore.Ratio(tp, tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new NoteEvaluationResult(notes, skipped, perSignal, precision, recall, f1, SignalScore.Ratio(sentimentHits, notes), mismatches);
    }

    private static async Task WriteReportAsync(NoteEvaluationResult result, TextWriter output)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        foreach (NoteMismatch mismatch in result.Mismatches)
        {
            string line = string.Create(invariant,
                $"mismatch {mismatch.Id}: missed [{string.Join(',', mismatch.Missed)}] extra [{string.Join(',', mismatch.Extra)}] sentiment {Lower(mismatch.ExpectedSentiment)} -> {Lower(mismatch.ActualSentiment)}");
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(invariant, $"{"signal",-20} {"precision",9} {"recall",7} {"f1",6} {"tp",4} {"fp",4} {"fn",4}")).ConfigureAwait(false);
        foreach (SignalScore score in result.PerSignal)
        {
            string row = string.Create(invariant,
                $"{score.Code,-20} {score.Precision,9:0.000} {score.Recall,7:0.000} {score.F1,6:0.000} {score.TruePositives,4} {score.FalsePositives,4} {score.FalseNegatives,4}");
            await output.WriteLineAsync(row).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(invariant,
            $"notes={result.NoteCount} skipped_lines={result.SkippedLineCount} micro_precision={result.MicroPrecision:0.000} micro_recall={result.MicroRecall:0.000}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(invariant, $"micro_f1={result.MicroF1:0.000} sentiment_accuracy={result.SentimentAccuracy:0.000}")).ConfigureAwait(false);
    }

    private static string Lower(NoteSentiment sentiment) => sentiment.ToString().ToLowerInvariant();
}
