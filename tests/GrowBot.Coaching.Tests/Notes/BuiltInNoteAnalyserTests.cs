using GrowBot.Coaching.Notes;

namespace GrowBot.Coaching.Tests.Notes;

public sealed class BuiltInNoteAnalyserTests
{
    private readonly BuiltInNoteAnalyser _analyser = new();

    [Theory]
    [InlineData("压力不大，团队氛围也不错。", NoteSignalCodes.Stress)]
    [InlineData("目前没有压力。", NoteSignalCodes.Stress)]
    [InlineData("Not stressed at all.", NoteSignalCodes.Stress)]
    [InlineData("No complaints from customers this month.", NoteSignalCodes.CustomerComplaint)]
    [InlineData("He isn't thinking of leaving.", NoteSignalCodes.AttritionRisk)]
    [InlineData("没有考虑离职，也没有在看机会。", NoteSignalCodes.AttritionRisk)]
    [InlineData("工作量可以接受。", NoteSignalCodes.Workload)]
    [InlineData("The workload is not heavy.", NoteSignalCodes.Workload)]
    [InlineData("也不需要额外支持。", NoteSignalCodes.SupportNeeded)]
    [InlineData("promotion 的事不着急。", NoteSignalCodes.Promotion)]
    public void Analyse_NegatedMention_IsNotSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("不是不想走，只是还没找到合适的机会。", NoteSignalCodes.AttritionRisk)]
    [InlineData("It's not that he doesn't want to leave.", NoteSignalCodes.AttritionRisk)]
    [InlineData("Not sure he will stay past Q3.", NoteSignalCodes.AttritionRisk)]
    [InlineData("团队里没有人愿意配合他。", NoteSignalCodes.Conflict)]
    [InlineData("Nobody has been backfilled yet.", NoteSignalCodes.Workload)]
    public void Analyse_DoubleNegationOrNegatedPositive_IsSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.True(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("如果下个季度项目继续延期，可能就要天天加班了。", NoteSignalCodes.Workload)]
    [InlineData("If we don't add a person, she would burn out.", NoteSignalCodes.Stress)]
    [InlineData("That would be stressful for anyone.", NoteSignalCodes.Stress)]
    [InlineData("要是客户投诉增加的话，再考虑加人。", NoteSignalCodes.CustomerComplaint)]
    public void Analyse_HypotheticalState_IsNotSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Fact]
    public void Analyse_ConditionalIntention_KeepsIntentionSignals()
    {
        NoteAnalysis analysis = _analyser.Analyse("她说如果明年还是不能升职，会考虑外面的机会。");

        Assert.True(analysis.HasSignal(NoteSignalCodes.Promotion), Describe(analysis));
        Assert.True(analysis.HasSignal(NoteSignalCodes.AttritionRisk), Describe(analysis));
    }

    [Fact]
    public void Analyse_WouldLike_IsNotHypothetical()
    {
        NoteAnalysis analysis = _analyser.Analyse("She would like to attend a workshop and is worried about the audit.");

        Assert.True(analysis.HasSignal(NoteSignalCodes.Learning), Describe(analysis));
        Assert.True(analysis.HasSignal(NoteSignalCodes.Stress), Describe(analysis));
    }

    [Theory]
    [InlineData("他同事上个月离职了。", NoteSignalCodes.AttritionRisk)]
    [InlineData("His teammate is leaving next month.", NoteSignalCodes.AttritionRisk)]
    [InlineData("A colleague on another team is interviewing elsewhere.", NoteSignalCodes.AttritionRisk)]
    [InlineData("他说他同事压力很大。", NoteSignalCodes.Stress)]
    [InlineData("team 里有人在看机会。", NoteSignalCodes.AttritionRisk)]
    public void Analyse_OtherPersonAsSubject_IsNotSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("他说同事经常不配合他的工作。")]
    [InlineData("和直属主管分歧很大，开会经常争执。")]
    [InlineData("He clashed with his manager twice.")]
    [InlineData("His colleague keeps blaming him for the delays.")]
    public void Analyse_ConflictWithOthers_IsConflict(string text)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.True(analysis.HasSignal(NoteSignalCodes.Conflict), Describe(analysis));
    }

    [Fact]
    public void Analyse_SelfMarkerAfterColleague_IsEmployeeSignal()
    {
        NoteAnalysis analysis = _analyser.Analyse("他同事都很轻松，他自己压力很大。");

        Assert.True(analysis.HasSignal(NoteSignalCodes.Stress), Describe(analysis));
    }

    [Theory]
    [InlineData("之前压力很大，现在好多了。", NoteSignalCodes.Stress)]
    [InlineData("上季度的加班问题已经解决了。", NoteSignalCodes.Workload)]
    [InlineData("之前和主管的矛盾已经说开了，现在合作很顺畅。", NoteSignalCodes.Conflict)]
    [InlineData("He used to work weekends every month.", NoteSignalCodes.Workload)]
    [InlineData("The customer complaints from last quarter are resolved.", NoteSignalCodes.CustomerComplaint)]
    [InlineData("以前觉得没动力，现在找到了方向，干劲十足。", NoteSignalCodes.LowMood)]
    [InlineData("Previously he was burned out; now he is energized after his vacation.", NoteSignalCodes.Stress)]
    public void Analyse_ResolvedPastIssue_IsNotSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("之前加班很多，现在还是很累。", NoteSignalCodes.Workload)]
    [InlineData("现在压力很大，但团队氛围很好。", NoteSignalCodes.Stress)]
    public void Analyse_PastIssueNotReportedSolved_IsSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.True(analysis.HasSignal(code), Describe(analysis));
    }

    [Fact]
    public void Analyse_UnresolvedIssue_IsSignal()
    {
        NoteAnalysis analysis = _analyser.Analyse("之前的客户投诉还没解决。");

        Assert.True(analysis.HasSignal(NoteSignalCodes.CustomerComplaint), Describe(analysis));
    }

    [Fact]
    public void Analyse_ContrastSplitsClauses()
    {
        NoteAnalysis analysis = _analyser.Analyse("He mentioned a colleague is quitting, but he himself is burned out.");

        Assert.False(analysis.HasSignal(NoteSignalCodes.AttritionRisk), Describe(analysis));
        Assert.True(analysis.HasSignal(NoteSignalCodes.Stress), Describe(analysis));
    }

    [Fact]
    public void Analyse_MixedLanguage_FindsSignalsInBoth()
    {
        NoteAnalysis analysis = _analyser.Analyse("他提到最近 workload 太重，有点 demotivated，希望 HR 能帮忙协调一下资源。");

        Assert.True(analysis.HasSignal(NoteSignalCodes.Workload), Describe(analysis));
        Assert.True(analysis.HasSignal(NoteSignalCodes.LowMood), Describe(analysis));
        Assert.True(analysis.HasSignal(NoteSignalCodes.SupportNeeded), Describe(analysis));
        Assert.Equal(NoteSentiment.Negative, analysis.Sentiment);
    }

    [Fact]
    public void Analyse_EnglishTermInsideWord_DoesNotMatch()
    {
        NoteAnalysis analysis = _analyser.Analyse("The classroom offers quite a lot; she is always leaving notes.");

        Assert.False(analysis.HasSignal(NoteSignalCodes.Learning), Describe(analysis));
    }

    [Theory]
    [InlineData("对目前的工作整体满意，团队氛围也不错，很开心。", NoteSentiment.Positive)]
    [InlineData("We reviewed the OKRs; the only ask was a small budget.", NoteSentiment.Neutral)]
    [InlineData("He is exhausted and frustrated with his manager.", NoteSentiment.Negative)]
    [InlineData("He is not happy with the new process.", NoteSentiment.Neutral)]
    public void Analyse_Sentiment(string text, NoteSentiment expected)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.Equal(expected, analysis.Sentiment);
    }

    [Fact]
    public void Analyse_EmotionalCues_HavePolarityAndSpan()
    {
        const string text = "她很焦虑, but also excited about the new role.";

        NoteAnalysis analysis = _analyser.Analyse(text);

        EmotionalCue anxious = Assert.Single(analysis.EmotionalCues, cue => cue.Cue.Contains("焦虑", StringComparison.Ordinal));
        Assert.Equal(NoteSentiment.Negative, anxious.Polarity);
        Assert.Contains("焦虑", text.Substring(anxious.Span.Start, anxious.Span.Length), StringComparison.Ordinal);
        EmotionalCue excited = Assert.Single(analysis.EmotionalCues, cue => cue.Cue.StartsWith("excited", StringComparison.Ordinal));
        Assert.Equal(NoteSentiment.Positive, excited.Polarity);
    }

    [Fact]
    public void Analyse_EmptyText_ReturnsNeutralWithoutSignals()
    {
        NoteAnalysis analysis = _analyser.Analyse("");

        Assert.Empty(analysis.Signals);
        Assert.Empty(analysis.EmotionalCues);
        Assert.Equal(NoteSentiment.Neutral, analysis.Sentiment);
        Assert.Equal(BuiltInNoteAnalyser.AnalyserName, analysis.AnalyserName);
    }

    [Fact]
    public async Task AnalyseAsync_CancelledToken_Throws()
    {
        using CancellationTokenSource cancellation = new();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _analyser.AnalyseAsync(new NoteAnalysisRequest("压力很大"), cancellation.Token));
    }

    internal static string Describe(NoteAnalysis analysis) =>
        $"signals: [{string.Join(", ", analysis.Signals.Select(signal => $"{signal.Code}: {string.Join(" | ", signal.Evidence.Select(span => span.Text))}"))}], sentiment: {analysis.Sentiment}";
}
