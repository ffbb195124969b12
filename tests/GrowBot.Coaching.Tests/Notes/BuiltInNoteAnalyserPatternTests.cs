using GrowBot.Coaching.Notes;

namespace GrowBot.Coaching.Tests.Notes;

/// <summary>Wording patterns for states, requests, denials and resolved worries.</summary>
public sealed class BuiltInNoteAnalyserPatternTests
{
    // The lexicon and scope rules alone: the shipped analyser adds the note model on top of them.
    private readonly BuiltInNoteAnalyser _analyser = BuiltInNoteAnalyser.RulesOnly();

    [Theory]
    [InlineData("说上周在工位上偷偷哭过。", NoteSignalCodes.Stress)]
    [InlineData("She was in tears during the one-to-one.", NoteSignalCodes.LowMood)]
    [InlineData("周会上方案被主管当众否定。", NoteSignalCodes.Conflict)]
    [InlineData("觉得组长一直在 PUA 她。", NoteSignalCodes.Conflict)]
    [InlineData("Feels his lead gaslights him about deadlines.", NoteSignalCodes.Conflict)]
    [InlineData("最近很怀疑自己，做什么都没底。", NoteSignalCodes.LowMood)]
    [InlineData("He hasn't had a day off in six weeks.", NoteSignalCodes.Workload)]
    [InlineData("She has zero time for code review with the migration running.", NoteSignalCodes.Workload)]
    [InlineData("担心今年又评不上高级。", NoteSignalCodes.Promotion)]
    [InlineData("问部门有没有外部课程的预算。", NoteSignalCodes.SupportNeeded)]
    [InlineData("He asked about funding for a conference trip.", NoteSignalCodes.SupportNeeded)]
    [InlineData("想补一补数据分析能力。", NoteSignalCodes.Learning)]
    [InlineData("Wants to strengthen her negotiation skills.", NoteSignalCodes.Learning)]
    [InlineData("工作强度太大，每周都要赶两个版本。", NoteSignalCodes.Workload)]
    public void Analyse_NewPattern_IsSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.True(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("明年项目扩张的话可能需要加一个人，眼下够用。", NoteSignalCodes.SupportNeeded)]
    [InlineData("We may need another engineer next year if volume grows.", NoteSignalCodes.SupportNeeded)]
    [InlineData("问他要不要考虑转岗，他说暂时不用。", NoteSignalCodes.Promotion)]
    [InlineData("本来担心新系统上线会很乱，结果很顺利，他挺开心。", NoteSignalCodes.Stress)]
    [InlineData("Went through burnout in spring; after some leave he is back to his old self.", NoteSignalCodes.Stress)]
    [InlineData("I asked whether the travel is too much. The answer was no, it suits him.", NoteSignalCodes.Workload)]
    [InlineData("Stretched thin across two launches this quarter.", NoteSignalCodes.Stress)]
    public void Analyse_ScopedPattern_IsNotSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("季度目标基本达成，聊得很顺。", NoteSentiment.Positive)]
    [InlineData("工作强度不大，组里氛围很好。", NoteSentiment.Positive)]
    [InlineData("Despite the reorg she feels calm and in a good place.", NoteSentiment.Positive)]
    public void Analyse_PositiveState_IsPositive(string text, NoteSentiment expected)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.Equal(expected, analysis.Sentiment);
    }

    private static string Describe(NoteAnalysis analysis) =>
        $"signals [{string.Join(", ", analysis.Signals.Select(signal => signal.Code))}], sentiment {analysis.Sentiment}";
}
