using GrowBot.Coaching.Notes;

namespace GrowBot.Web.Operator;

/// <summary>
/// Trains the built-in analyser's note model from labelled JSONL files and writes the model file, for example
/// <c>train-analyser --out model.json notes-a.jsonl notes-b.jsonl</c>. Use the file with <c>evaluate-analyser --model</c>
/// or the <c>NoteAnalysis:ModelPath</c> setting. The model learns from the given files only.
/// </summary>
internal sealed class TrainAnalyserCommand : IOperatorCommand
{
    /// <summary>Below this many notes the command warns, because the shipped model learnt from about 2,000.</summary>
    private const int FewNotes = 500;

    public string Description => "--out <model.json> <notes.jsonl>...: train the built-in analyser's model on labelled notes";

    public async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        (string modelPath, List<string> inputs) = ParseArguments(args);
        string? missing = inputs.FirstOrDefault(path => !File.Exists(path));
        if (missing is not null)
        {
            throw new OperatorCommandException($"file '{Path.GetFullPath(missing)}' not found. {OperatorCommands.AbsolutePathHint}");
        }

        string fullModelPath = Path.GetFullPath(modelPath);
        if (inputs.Any(input => string.Equals(Path.GetFullPath(input), fullModelPath, StringComparison.Ordinal)))
        {
            throw new OperatorCommandException($"--out '{fullModelPath}' is also an input file. Choose another output path.");
        }

        // Train into a temporary file next to the target, so a failed run leaves an existing model untouched.
        string temporary = fullModelPath + ".tmp";
        List<StreamReader> readers = inputs.Select(path => new StreamReader(path)).ToList();
        try
        {
            NoteModelSummary summary;
            await using (FileStream model = File.Create(temporary))
            {
                summary = NoteModelTraining.Train(inputs.Zip(readers, (path, reader) => (Path.GetFileName(path), (TextReader)reader)), model);
            }

            File.Move(temporary, fullModelPath, overwrite: true);
            await output.WriteLineAsync($"notes={summary.NoteCount} features={summary.FeatureCount} trained_on={summary.TrainedOn} model={fullModelPath}");
            if (summary.NoteCount < FewNotes)
            {
                await output.WriteLineAsync(
                    $"warning: {summary.NoteCount} notes are few, and the model learns from these notes only. To extend the shipped model, "
                    + "also pass the files listed in src/GrowBot.Coaching/Notes/Learning/Training/training-set.txt (see README.md).");
            }

            return 0;
        }
        catch (InvalidDataException exception)
        {
            throw new OperatorCommandException(exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OperatorCommandException($"cannot write '{fullModelPath}': {exception.Message}");
        }
        finally
        {
            readers.ForEach(reader => reader.Dispose());
            File.Delete(temporary);
        }
    }

    private static (string ModelPath, List<string> Inputs) ParseArguments(string[] args)
    {
        string? modelPath = null;
        List<string> inputs = [];
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && modelPath is null && i + 1 < args.Length)
            {
                modelPath = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new OperatorCommandException($"unknown or repeated option '{args[i]}'. Expected --out <model.json> once, then labelled JSONL files.");
            }
            else
            {
                inputs.Add(args[i]);
            }
        }

        if (modelPath is null || inputs.Count == 0)
        {
            throw new OperatorCommandException("expected --out <model.json> and at least one labelled JSONL file.");
        }

        return (modelPath, inputs);
    }
}
