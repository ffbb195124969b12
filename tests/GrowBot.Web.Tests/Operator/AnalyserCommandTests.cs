using System.Text.Json;
using GrowBot.Coaching.Notes;
using GrowBot.Web.Operator;

namespace GrowBot.Web.Tests.Operator;

public sealed class AnalyserCommandTests
{
    [Fact]
    public async Task TrainThenEvaluate_UsesTheTrainedModel()
    {
        string directory = Directory.CreateTempSubdirectory("growbot-train").FullName;
        string notes = Path.Combine(directory, "notes.jsonl");
        string model = Path.Combine(directory, "model.json");
        await WriteZorpNotesAsync(notes);
        string probe = Path.Combine(directory, "probe.jsonl");
        await File.WriteAllTextAsync(probe, Note("p", "The analyst keeps zorping with the supervisor.", "negative", "conflict"));

        (int trainExit, string trainOutput) = await RunAsync("train-analyser", "--out", model, notes);
        (int trainedExit, string trained) = await RunAsync("evaluate-analyser", probe, "--model", model);
        (int rulesExit, string rules) = await RunAsync("evaluate-analyser", probe, "--model", "none");

        Assert.Equal(0, trainExit);
        Assert.StartsWith("notes=12 features=", trainOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(model));
        Assert.Equal(0, trainedExit);
        Assert.EndsWith("micro_f1=1.000 sentiment_accuracy=1.000", trained.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(0, rulesExit);
        Assert.Contains("mismatch p: missed [conflict]", rules, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelPathSetting_LoadsTrainedModel()
    {
        string directory = Directory.CreateTempSubdirectory("growbot-train").FullName;
        string notes = Path.Combine(directory, "notes.jsonl");
        string model = Path.Combine(directory, "model.json");
        await WriteZorpNotesAsync(notes);
        Assert.Equal(0, (await RunAsync("train-analyser", "--out", model, notes)).Exit);
        await using GrowBotAppFactory app = new(new() { ["NoteAnalysis:ModelPath"] = model });

        BuiltInNoteAnalyser analyser = app.Services.GetRequiredService<BuiltInNoteAnalyser>();

        Assert.True(analyser.Analyse("The analyst keeps zorping with the supervisor.").HasSignal(NoteSignalCodes.Conflict));
    }

    [Fact]
    public async Task InvalidModelPath_StopsHost()
    {
        string model = Path.Combine(Directory.CreateTempSubdirectory("growbot-train").FullName, "model.json");
        await File.WriteAllTextAsync(model, "{\"hello\": \"world\"}");
        await using GrowBotAppFactory app = new(new() { ["NoteAnalysis:ModelPath"] = model });

        Exception exception = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("NoteAnalysis:ModelPath", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainWithInvalidNotes_KeepsExistingModel()
    {
        string directory = Directory.CreateTempSubdirectory("growbot-train").FullName;
        string model = Path.Combine(directory, "model.json");
        string notes = Path.Combine(directory, "bad.jsonl");
        await File.WriteAllTextAsync(model, "previous model");
        await File.WriteAllTextAsync(notes, "{ not json");

        (int exit, string output) = await RunAsync("train-analyser", "--out", model, notes);

        Assert.Equal(2, exit);
        Assert.Contains("bad.jsonl line 1:", output, StringComparison.Ordinal);
        Assert.Equal("previous model", await File.ReadAllTextAsync(model));
        Assert.False(File.Exists(model + ".tmp"));
    }

    [Theory]
    [InlineData("{\"hello\": \"world\"}")]
    [InlineData("")]
    [InlineData("{ \"format\": \"growbot-note-model\", \"version\": 1, \"trainedOn\": \"\", \"notes\": 1, \"labels\": [\"foo\"], \"bias\": [0], \"weights\": {} }")]
    public async Task EvaluateWithInvalidModel_ExplainsTheFile(string content)
    {
        string directory = Directory.CreateTempSubdirectory("growbot-train").FullName;
        string model = Path.Combine(directory, "model.json");
        string notes = Path.Combine(directory, "notes.jsonl");
        await File.WriteAllTextAsync(model, content);
        await File.WriteAllTextAsync(notes, Note("a", "Fine.", "neutral"));

        (int exit, string output) = await RunAsync("evaluate-analyser", notes, "--model", model);

        Assert.Equal(2, exit);
        Assert.Contains("is not a GrowBot note model", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("train-analyser", "notes.jsonl")]
    [InlineData("train-analyser", "--out", "model.json")]
    [InlineData("evaluate-analyser", "notes.jsonl", "--model")]
    [InlineData("evaluate-analyser", "notes.jsonl", "--verbose")]
    [InlineData("train-analyser", "--out", "a.json", "--out", "b.json", "notes.jsonl")]
    public async Task InvalidArguments_ExitWithUsage(params string[] args)
    {
        StringWriter error = new();

        int exit = await OperatorCommands.RunAsync(args, TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith(args[0] + ": ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("expected", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Writes 12 labelled notes in which the made-up verb "zorp" means conflict, a word only a trained model can learn.</summary>
    private static Task WriteZorpNotesAsync(string path) =>
        File.WriteAllLinesAsync(path, Enumerable.Range(0, 6).SelectMany(i => new[]
        {
            Note($"z{i}", $"Colleague number {i} says the analyst keeps zorping with the supervisor.", "negative", "conflict"),
            Note($"n{i}", $"Routine check-in number {i}, nothing to report.", "neutral"),
        }));

    private static string Note(string id, string text, string sentiment, params string[] signals) =>
        JsonSerializer.Serialize(new { id, lang = "en", text, signals, sentiment });

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        StringWriter output = new();
        StringWriter error = new();
        int exit = await OperatorCommands.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString() + error);
    }
}
