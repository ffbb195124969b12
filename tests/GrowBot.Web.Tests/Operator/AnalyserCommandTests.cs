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
        await File.WriteAllLinesAsync(notes, Enumerable.Range(0, 6).SelectMany(i => new[]
        {
            Note($"z{i}", $"Colleague number {i} says the analyst keeps zorping with the supervisor.", "negative", "conflict"),
            Note($"n{i}", $"Routine check-in number {i}, nothing to report.", "neutral"),
        }));
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
        await File.WriteAllLinesAsync(notes, Enumerable.Range(0, 6).SelectMany(i => new[]
        {
            Note($"z{i}", $"Colleague number {i} says the analyst keeps zorping with the supervisor.", "negative", "conflict"),
            Note($"n{i}", $"Routine check-in number {i}, nothing to report.", "neutral"),
        }));
        Assert.Equal(0, (await RunAsync("train-analyser", "--out", model, notes)).Exit);
        await using GrowBotAppFactory app = new(new() { ["NoteAnalysis:ModelPath"] = model });

        BuiltInNoteAnalyser analyser = app.Services.GetRequiredService<BuiltInNoteAnalyser>();

        Assert.True(analyser.Analyse("The analyst keeps zorping with the supervisor.").HasSignal(NoteSignalCodes.Conflict));
    }

    [Theory]
    [InlineData("train-analyser", "notes.jsonl")]
    [InlineData("train-analyser", "--out", "model.json")]
    [InlineData("evaluate-analyser", "notes.jsonl", "--model")]
    public async Task MissingArguments_ExitWithUsage(params string[] args)
    {
        StringWriter error = new();

        int exit = await OperatorCommands.RunAsync(args, TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith(args[0] + ": expected", error.ToString(), StringComparison.Ordinal);
    }

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
