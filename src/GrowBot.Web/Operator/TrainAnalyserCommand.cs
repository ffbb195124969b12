using GrowBot.Coaching.Notes;

namespace GrowBot.Web.Operator;

/// <summary>
/// Trains the built-in analyser's note model from labelled JSONL files and writes the model file, for example
/// <c>train-analyser --out model.json notes-a.jsonl notes-b.jsonl</c>. Use the file with <c>evaluate-analyser --model</c>
/// or the <c>NoteAnalysis:ModelPath</c> setting.
/// </summary>
internal sealed class TrainAnalyserCommand : IOperatorCommand
{
    public string Description => "--out <model.json> <notes.jsonl>...: train the built-in analyser's model on labelled notes";

    public async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        int outIndex = Array.IndexOf(args, "--out");
        if (outIndex < 0 || outIndex + 1 >= args.Length)
        {
            throw new OperatorCommandException("expected --out <model.json> and at least one labelled JSONL file.");
        }

        string modelPath = args[outIndex + 1];
        List<string> inputs = args.Where((_, index) => index != outIndex && index != outIndex + 1).ToList();
        if (inputs.Count == 0)
        {
            throw new OperatorCommandException("expected at least one labelled JSONL file after the options.");
        }

        string? missing = inputs.FirstOrDefault(path => !File.Exists(path));
        if (missing is not null)
        {
            throw new OperatorCommandException($"file '{Path.GetFullPath(missing)}' not found. Note that dotnet run starts in src/GrowBot.Web, so pass absolute paths such as \"$PWD/...\".");
        }

        List<StreamReader> readers = inputs.Select(path => new StreamReader(path)).ToList();
        try
        {
            await using FileStream model = File.Create(modelPath);
            NoteModelSummary summary = NoteModelTraining.Train(inputs.Zip(readers, (path, reader) => (Path.GetFileName(path), (TextReader)reader)), model);
            await output.WriteLineAsync($"notes={summary.NoteCount} features={summary.FeatureCount} trained_on={summary.TrainedOn} model={Path.GetFullPath(modelPath)}");
            return 0;
        }
        catch (InvalidDataException exception)
        {
            throw new OperatorCommandException(exception.Message);
        }
        finally
        {
            readers.ForEach(reader => reader.Dispose());
        }
    }
}
