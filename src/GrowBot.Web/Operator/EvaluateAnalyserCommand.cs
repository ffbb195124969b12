using GrowBot.Coaching.Notes;

namespace GrowBot.Web.Operator;

/// <summary>
/// Scores the built-in note analyser on a labelled JSONL corpus (fields id, lang, text, signals, sentiment): prints
/// precision, recall and F1 per signal and ends with one line <c>micro_f1=… sentiment_accuracy=…</c>. Exits with 1
/// when the corpus contains no valid note or skipped invalid lines.
/// </summary>
internal sealed class EvaluateAnalyserCommand : IOperatorCommand
{
    public string Description => "<notes.jsonl> [--model <model.json>|none]: score the built-in note analyser on a labelled corpus";

    public async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        (string path, string? modelPath) = ParseArguments(args);
        if (Directory.Exists(path))
        {
            throw new OperatorCommandException($"'{Path.GetFullPath(path)}' is a directory. Pass the path of a JSONL corpus file.");
        }

        if (!File.Exists(path))
        {
            throw new OperatorCommandException($"corpus file '{Path.GetFullPath(path)}' not found. {OperatorCommands.AbsolutePathHint}");
        }

        BuiltInNoteAnalyser analyser = CreateAnalyser(modelPath);
        await using FileStream corpus = File.OpenRead(path);
        NoteEvaluationResult result = await new NoteCorpusEvaluator(analyser).EvaluateAsync(corpus, output, cancellationToken);
        if (result.NoteCount == 0)
        {
            throw new OperatorCommandException($"'{Path.GetFullPath(path)}' contains no valid labelled note.");
        }

        return result.SkippedLineCount == 0 ? 0 : 1;
    }

    private static (string Path, string? ModelPath) ParseArguments(string[] args)
    {
        string? path = null;
        string? modelPath = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--model" && modelPath is null && i + 1 < args.Length)
            {
                modelPath = args[++i];
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal) && path is null)
            {
                path = args[i];
            }
            else
            {
                path = null;
                break;
            }
        }

        return path is null
            ? throw new OperatorCommandException("expected the path of a JSONL corpus file, optionally with --model <model.json> or --model none.")
            : (path, modelPath);
    }

    /// <summary>The shipped analyser, the rules alone (<c>none</c>), or the rules with a trained model file.</summary>
    private static BuiltInNoteAnalyser CreateAnalyser(string? modelPath)
    {
        if (modelPath is null)
        {
            return new BuiltInNoteAnalyser();
        }

        if (modelPath == "none")
        {
            return BuiltInNoteAnalyser.RulesOnly();
        }

        if (!File.Exists(modelPath))
        {
            throw new OperatorCommandException($"model file '{Path.GetFullPath(modelPath)}' not found.");
        }

        try
        {
            return BuiltInNoteAnalyser.WithModelFile(modelPath);
        }
        catch (InvalidDataException exception)
        {
            throw new OperatorCommandException($"model file '{Path.GetFullPath(modelPath)}' is not a GrowBot note model: {exception.Message}");
        }
    }
}
