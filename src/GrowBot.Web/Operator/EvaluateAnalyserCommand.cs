using GrowBot.Coaching.Notes;

namespace GrowBot.Web.Operator;

/// <summary>
/// Scores the built-in note analyser on a labelled JSONL corpus (fields id, lang, text, signals, sentiment): prints
/// precision, recall and F1 per signal and ends with one line <c>micro_f1=… sentiment_accuracy=…</c>.
/// </summary>
internal sealed class EvaluateAnalyserCommand : IOperatorCommand
{
    public string Description => "<notes.jsonl> [--model <model.json>|none]: score the built-in note analyser on a labelled corpus";

    public async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        (string path, string? modelPath) = args switch
        {
            [string corpusPath] => (corpusPath, (string?)null),
            [string corpusPath, "--model", string model] => (corpusPath, model),
            _ => throw new OperatorCommandException("expected the path of a JSONL corpus file, optionally followed by --model <model.json> or --model none."),
        };

        if (!File.Exists(path))
        {
            throw new OperatorCommandException($"corpus file '{Path.GetFullPath(path)}' not found. Note that dotnet run starts in src/GrowBot.Web, so pass an absolute path such as \"$PWD/...\".");
        }

        await using FileStream corpus = File.OpenRead(path);
        NoteCorpusEvaluator evaluator = new(CreateAnalyser(modelPath));
        NoteEvaluationResult result = await evaluator.EvaluateAsync(corpus, output, cancellationToken);
        return result.NoteCount == 0 ? 1 : 0;
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

        using FileStream model = File.OpenRead(modelPath);
        return BuiltInNoteAnalyser.WithModel(model);
    }
}
