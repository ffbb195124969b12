using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Notes.Learning;

namespace GrowBot.Coaching.Tests.Notes.Learning;

/// <summary>Checks the note model shipped in GrowBot.Coaching against its training list and a measurement set it never saw.</summary>
public sealed class ShippedModelTests
{
    private const string TrainingList = "src/GrowBot.Coaching/Notes/Learning/Training/training-set.txt";

    [Fact]
    public void ShippedModel_WasTrainedOnTheListedNotes()
    {
        List<string> files = File.ReadAllLines(Path.Combine(CorpusFiles.RepositoryRoot, TrainingList))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        List<StreamReader> readers = files.Select(file => new StreamReader(Path.Combine(CorpusFiles.RepositoryRoot, file))).ToList();

        using MemoryStream retrained = new();
        NoteModelSummary summary = NoteModelTraining.Train(files.Zip(readers, (file, reader) => (file, (TextReader)reader)), retrained);
        readers.ForEach(reader => reader.Dispose());

        Assert.True(
            summary.TrainedOn == NoteModel.Default.TrainedOn,
            "The training notes changed since note-model.json was written. Run tools/note-model/train.sh and rebuild.");
        Assert.DoesNotContain(files, file => file.Contains("blind3", StringComparison.Ordinal) || file.Contains("blind4", StringComparison.Ordinal) || file.Contains("blind5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("notes-blind3.jsonl", 0.85, 0.83)]
    [InlineData("notes-blind4.jsonl", 0.86, 0.81)]
    [InlineData("notes-blind5.jsonl", 0.85, 0.85)]
    public async Task ShippedAnalyser_UnseenNotes_BeatsRules(string corpus, double minMicroF1, double minSentimentAccuracy)
    {
        NoteEvaluationResult shipped = await EvaluateAsync(new BuiltInNoteAnalyser(), corpus);
        NoteEvaluationResult rules = await EvaluateAsync(BuiltInNoteAnalyser.RulesOnly(), corpus);

        // The floors sit about 0.02 under the measured figures (0.871 / 0.856, 0.881 / 0.840 and 0.875 / 0.880), so that retraining may move them slightly.
        Assert.True(shipped.MicroF1 >= minMicroF1, $"micro-F1 {shipped.MicroF1:0.000}");
        Assert.True(shipped.SentimentAccuracy >= minSentimentAccuracy, $"sentiment accuracy {shipped.SentimentAccuracy:0.000}");
        Assert.True(shipped.MicroF1 > rules.MicroF1 + 0.04, $"shipped {shipped.MicroF1:0.000}, rules {rules.MicroF1:0.000}");
    }

    private static async Task<NoteEvaluationResult> EvaluateAsync(BuiltInNoteAnalyser analyser, string corpus)
    {
        await using FileStream notes = File.OpenRead(CorpusFiles.TestCorpusPath(corpus));
        return await new NoteCorpusEvaluator(analyser).EvaluateAsync(notes, TextWriter.Null, CancellationToken.None);
    }
}
