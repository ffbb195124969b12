using System.Text;
using BenchmarkDotNet.Attributes;
using GrowBot.Coaching.Notes;

namespace GrowBot.Benchmarks.Notes;

/// <summary>
/// Time to analyse one note of about 250 KB (UTF-8), the size of the largest message that
/// <c>/api/messages</c> accepts by default. <c>Sentences</c> joins corpus notes into one text.
/// <c>OneClause</c> repeats a phrase with signals, negators and conditions without punctuation,
/// so that the whole note is one clause, the worst case for the scope rules.
/// </summary>
[MemoryDiagnoser]
public class LongNoteBenchmarks
{
    private const int TargetBytes = 250_000;

    private readonly BuiltInNoteAnalyser _analyser = new();
    private string _note = string.Empty;

    [Params("Sentences", "OneClause")]
    public string Shape { get; set; } = "Sentences";

    [GlobalSetup]
    public void BuildNote()
    {
        IEnumerable<string> parts = Shape == "OneClause"
            ? Enumerable.Repeat("他说压力很大 不想离职 如果 没有 ", int.MaxValue)
            : Enumerable.Range(0, int.MaxValue).Select(i => NoteWorkload.Notes[i % NoteWorkload.Notes.Count] + " ");
        StringBuilder note = new();
        int bytes = 0;
        using IEnumerator<string> part = parts.GetEnumerator();
        while (bytes < TargetBytes && part.MoveNext())
        {
            note.Append(part.Current);
            bytes += Encoding.UTF8.GetByteCount(part.Current);
        }

        _note = note.ToString();
        _analyser.Analyse(_note);
    }

    [Benchmark]
    public int AnalyseLongNote() => _analyser.Analyse(_note).Signals.Count;
}
