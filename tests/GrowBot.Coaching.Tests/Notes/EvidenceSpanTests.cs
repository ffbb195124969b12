using System.Text;
using System.Text.Json;
using GrowBot.Coaching.Notes;

namespace GrowBot.Coaching.Tests.Notes;

public sealed class EvidenceSpanTests
{
    private readonly BuiltInNoteAnalyser _analyser = new();

    [Fact]
    public void Evidence_PointsAtOriginalText()
    {
        const string text = "He said he's been feeling BURNED OUT since the reorg. 他压力山大。";

        NoteAnalysis analysis = _analyser.Analyse(text);

        DetectedSignal stress = Assert.Single(analysis.Signals, signal => signal.Code == NoteSignalCodes.Stress);
        Assert.Contains(stress.Evidence, span => span.Text == "BURNED OUT");
        Assert.Contains(stress.Evidence, span => span.Text == "压力山大");
        AssertSpansValid(text, analysis);
    }

    [Fact]
    public void Evidence_SurrogatePairsBeforeTerms_KeepOffsets()
    {
        const string text = "😟😟 最近很焦虑 🙃, 𠀀 workload 太重了 👍 and he is job hunting.";

        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.True(analysis.HasSignal(NoteSignalCodes.Stress));
        Assert.True(analysis.HasSignal(NoteSignalCodes.Workload));
        Assert.True(analysis.HasSignal(NoteSignalCodes.AttritionRisk));
        AssertSpansValid(text, analysis);
        foreach (EvidenceSpan span in analysis.Signals.SelectMany(signal => signal.Evidence))
        {
            Assert.False(char.IsLowSurrogate(text[span.Start]), $"span {span.Start} starts inside a surrogate pair");
            Assert.False(char.IsHighSurrogate(text[span.Start + span.Length - 1]), $"span {span.Start} ends inside a surrogate pair");
        }
    }

    [Fact]
    public void Evidence_PrefixTerm_CoversWholeWord()
    {
        const string text = "Her manager keeps micromanaging her.";

        NoteAnalysis analysis = _analyser.Analyse(text);

        DetectedSignal conflict = Assert.Single(analysis.Signals, signal => signal.Code == NoteSignalCodes.Conflict);
        Assert.Equal("micromanaging", Assert.Single(conflict.Evidence).Text);
    }

    [Fact]
    public void Evidence_CombinationRule_SpansBothParts()
    {
        const string text = "问他资源够不够，他说人手不够。";

        NoteAnalysis analysis = _analyser.Analyse(text);

        DetectedSignal workload = Assert.Single(analysis.Signals, signal => signal.Code == NoteSignalCodes.Workload);
        Assert.Equal("人手不够", workload.Evidence[0].Text);
        AssertSpansValid(text, analysis);
    }

    [Fact]
    public void Evidence_AllCorpusNotes_AreValidSubstrings()
    {
        int checkedSpans = 0;
        foreach (string path in new[] { CorpusFiles.DevCorpusPath, CorpusFiles.ExtraCorpusPath, CorpusFiles.TestCorpusPath("notes-extra2.jsonl"), CorpusFiles.TestCorpusPath("notes-extra3.jsonl") })
        {
            foreach (string line in File.ReadLines(path, Encoding.UTF8).Where(line => line.Length > 0))
            {
                string text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
                NoteAnalysis analysis = _analyser.Analyse(text);
                checkedSpans += AssertSpansValid(text, analysis);
            }
        }

        Assert.True(checkedSpans > 100, $"only {checkedSpans} spans checked");
    }

    [Fact]
    public void Analyse_PathologicalInput_Completes()
    {
        string text = string.Concat(Enumerable.Repeat("不不不没没没not not no 如果 if 工作量 workload 客户 ", 5_000)) + new string('a', 100_000) + "。" + string.Concat(Enumerable.Repeat("压力很大 ", 10_000));

        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.True(analysis.HasSignal(NoteSignalCodes.Stress));
    }

    private static int AssertSpansValid(string text, NoteAnalysis analysis)
    {
        IEnumerable<EvidenceSpan> spans = analysis.Signals.SelectMany(signal => signal.Evidence)
            .Concat(analysis.EmotionalCues.Select(cue => cue.Span));
        int count = 0;
        foreach (EvidenceSpan span in spans)
        {
            Assert.InRange(span.Start, 0, text.Length);
            Assert.InRange(span.Length, 1, text.Length - span.Start);
            Assert.Equal(text.Substring(span.Start, span.Length), span.Text);
            count++;
        }

        return count;
    }

    [Fact]
    public void Evidence_LongRepetitiveNote_KeepsFirstSpans()
    {
        string text = string.Concat(Enumerable.Repeat("压力很大 ", 20_000));

        NoteAnalysis analysis = _analyser.Analyse(text);

        DetectedSignal stress = Assert.Single(analysis.Signals, signal => signal.Code == NoteSignalCodes.Stress);
        Assert.Equal(BuiltInNoteAnalyser.MaxEvidencePerSignal, stress.Evidence.Count);
        Assert.Equal(0, stress.Evidence[0].Start);
    }
}
