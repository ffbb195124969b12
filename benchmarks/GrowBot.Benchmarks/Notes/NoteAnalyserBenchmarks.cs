using BenchmarkDotNet.Attributes;
using GrowBot.Coaching.Notes;

namespace GrowBot.Benchmarks.Notes;

/// <summary>
/// Throughput of <see cref="BuiltInNoteAnalyser"/> over about 4 MB of corpus notes per
/// operation. The MB/s column divides the UTF-8 size of the notes by the mean time.
/// </summary>
[MemoryDiagnoser]
public class NoteAnalyserBenchmarks
{
    private readonly BuiltInNoteAnalyser _analyser = new();
    private IReadOnlyList<string> _notes = [];

    [GlobalSetup]
    public void LoadNotes()
    {
        _notes = NoteWorkload.Notes;
        _analyser.Analyse(_notes[0]);
    }

    /// <summary>Analyses every note on one thread.</summary>
    [Benchmark(Baseline = true)]
    public int AnalyseSequential()
    {
        int signals = 0;
        foreach (string note in _notes)
        {
            signals += _analyser.Analyse(note).Signals.Count;
        }

        return signals;
    }

    /// <summary>Analyses the notes on all cores, one note per work item.</summary>
    [Benchmark]
    public int AnalyseParallel()
    {
        int signals = 0;
        Parallel.ForEach(_notes, () => 0, (note, _, count) => count + _analyser.Analyse(note).Signals.Count,
            count => Interlocked.Add(ref signals, count));
        return signals;
    }
}
