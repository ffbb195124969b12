using System.Text;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Notes.Learning;

namespace GrowBot.Coaching.Tests.Notes.Learning;

public sealed class NoteModelTrainingTests
{
    [Fact]
    public void Train_SameNotes_WritesIdenticalFiles()
    {
        byte[] first = TrainBytes(LabelledNotes.MadeUpWords());
        byte[] second = TrainBytes(LabelledNotes.MadeUpWords());

        Assert.Equal(first, second);
    }

    [Fact]
    public void SaveAndLoad_KeepsScores()
    {
        byte[] file = TrainBytes(LabelledNotes.MadeUpWords());
        NoteModel loaded = NoteModel.Load(new MemoryStream(file));
        NoteModel reloaded = NoteModel.Load(new MemoryStream(SaveAgain(loaded, file)));

        NoteScan scan = NoteScan.Create("She keeps zorping with the lead.", NoteLexicon.Default);
        List<ulong> features = NoteFeatureExtractor.Extract(scan).Select(feature => feature.Hash).Distinct().ToList();
        Assert.Equal(loaded.Logits(features), reloaded.Logits(features));
        Assert.True(NoteModel.Probability(loaded.Logits(features)[loaded.IndexOf(NoteSignalCodes.Conflict)]) > 0.5);
    }

    [Fact]
    public void Analyse_TrainedModel_FindsUnlistedWords()
    {
        BuiltInNoteAnalyser analyser = BuiltInNoteAnalyser.WithModel(new MemoryStream(TrainBytes(LabelledNotes.MadeUpWords())));
        const string text = "Quiet week. He has been zorping with his lead again, which drains him.";

        NoteAnalysis analysis = analyser.Analyse(text);

        DetectedSignal conflict = Assert.Single(analysis.Signals, signal => signal.Code == NoteSignalCodes.Conflict);
        EvidenceSpan evidence = Assert.Single(conflict.Evidence);
        Assert.Equal(evidence.Text, text.Substring(evidence.Start, evidence.Length));
        Assert.Contains("zorping", evidence.Text, StringComparison.Ordinal);
        Assert.False(BuiltInNoteAnalyser.RulesOnly().Analyse(text).HasSignal(NoteSignalCodes.Conflict));
    }

    [Theory]
    [InlineData("A colleague wants to blick on data modelling.")]
    [InlineData("He used to blick on weekends, but that was years ago and he stopped.")]
    [InlineData("If the budget allows, maybe he will blick someday, he would consider it.")]
    public void Analyse_ModelSignalOutOfScope_IsNotReported(string text)
    {
        BuiltInNoteAnalyser analyser = BuiltInNoteAnalyser.WithModel(new MemoryStream(TrainBytes(LabelledNotes.MadeUpWords())));

        NoteAnalysis analysis = analyser.Analyse(text);

        Assert.False(analysis.HasSignal(NoteSignalCodes.Learning), string.Join(", ", analysis.Signals.Select(signal => signal.Code)));
    }

    [Fact]
    public void Train_InvalidLine_NamesSourceAndLine()
    {
        string notes = LabelledNotes.Line("a", "Fine.", "neutral") + "\n{\"id\":\"b\",\"text\":\"x\",\"signals\":[\"bogus\"],\"sentiment\":\"neutral\"}";

        InvalidDataException exception = Assert.Throws<InvalidDataException>(() => NoteModelTraining.Train([("mine.jsonl", new StringReader(notes))], new MemoryStream()));

        Assert.StartsWith("mine.jsonl line 2:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RowOfWrongLength_IsRejected()
    {
        const string file = """
            { "format": "growbot-note-model", "version": 1, "trainedOn": "", "notes": 1,
              "labels": ["stress", "sentiment:neutral"], "bias": [0, 0], "weights": { "压力": [1] } }
            """;

        Assert.Throws<InvalidDataException>(() => NoteModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(file))));
    }

    private static byte[] TrainBytes(string jsonl)
    {
        using MemoryStream output = new();
        NoteModelTraining.Train([("notes.jsonl", new StringReader(jsonl))], output);
        return output.ToArray();
    }

    /// <summary>Writes <paramref name="model"/> again with the names of the original file, whose features are the model's.</summary>
    private static byte[] SaveAgain(NoteModel model, byte[] original)
    {
        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(original);
        Dictionary<ulong, string> names = document.RootElement.GetProperty("weights").EnumerateObject().ToDictionary(feature => FeatureHash.Parse(feature.Name), feature => feature.Name);
        using MemoryStream output = new();
        model.Save(output, names);
        return output.ToArray();
    }
}
