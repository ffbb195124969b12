using GrowBot.Coaching.Notes;

namespace GrowBot.Web.Operator;

/// <summary>
/// Scores the built-in note analyser on a labelled JSONL corpus (fields id, lang, text, signals, sentiment): prints
/// precision, recall and F1 per signal and ends with one line <c>micro_f1=… sentiment_accuracy=…</c>.
/// </summary>
internal sealed class EvaluateAnalyserCommand : IOperatorCommand
{
    public string Description => "<notes.jsonl>: score the built-in note analyser on a labelled corpus";

    public async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Length != 1)
        {
            throw new OperatorCommandException("expected exactly one argument, the path of a JSONL corpus file.");
        }

        string path = args[0];
        if (!File.Exists(path))
        {
            throw new OperatorCommandException($"corpus file '{Path.GetFullPath(path)}' not found. Note that dotnet run starts in src/GrowBot.Web, so pass an absolute path such as \"$PWD/...\".");
        }

        await using FileStream corpus = File.OpenRead(path);
        NoteCorpusEvaluator evaluator = new(new BuiltInNoteAnalyser());
        NoteEvaluationResult result = await evaluator.EvaluateAsync(corpus, output, cancellationToken);
        return result.NoteCount == 0 ? 1 : 0;
    }
}
