using GrowBot.Coaching.Notes;

namespace GrowBot.Coaching.Tests.Notes;

/// <summary>Scope rules added for notes written without the analyser in mind.</summary>
public sealed class BuiltInNoteAnalyserScopeTests
{
    private readonly BuiltInNoteAnalyser _analyser = new();

    [Theory]
    [InlineData("问她是否考虑过离职，她说没有。", NoteSignalCodes.AttritionRisk)]
    [InlineData("问他最近有没有焦虑，他摇头。", NoteSignalCodes.Stress)]
    [InlineData("Asked whether he feels burned out? He said no.", NoteSignalCodes.Stress)]
    [InlineData("Looking for a new job? She laughed it off.", NoteSignalCodes.AttritionRisk)]
    public void Analyse_QuestionAnsweredNo_IsNotSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Fact]
    public void Analyse_QuestionAnsweredYes_IsSignal()
    {
        NoteAnalysis analysis = _analyser.Analyse("问她有没有压力，她说压力很大。");

        Assert.True(analysis.HasSignal(NoteSignalCodes.Stress), Describe(analysis));
        Assert.Equal(NoteSentiment.Negative, analysis.Sentiment);
    }

    [Fact]
    public void Analyse_DeniedQuestion_NegatesItsCues()
    {
        NoteAnalysis analysis = _analyser.Analyse("Asked whether he feels burned out? He said no.");

        Assert.NotEqual(NoteSentiment.Negative, analysis.Sentiment);
        Assert.DoesNotContain(analysis.EmotionalCues, cue => cue.Polarity == NoteSentiment.Negative);
    }

    [Theory]
    [InlineData("有猎头联系过她，但她说不打算走。", NoteSignalCodes.AttritionRisk)]
    [InlineData("A recruiter called him last week, but he is not leaving.", NoteSignalCodes.AttritionRisk)]
    [InlineData("之前提过想转管理，但现在不想转管理了。", NoteSignalCodes.Promotion)]
    [InlineData("说\"我不会走的\"，虽然猎头一直在找，但觉得现在的团队很好。", NoteSignalCodes.AttritionRisk)]
    [InlineData("He won't leave, although recruiters keep calling him.", NoteSignalCodes.AttritionRisk)]
    public void Analyse_LaterDenialInSentence_OverridesEarlierMention(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("Customers have been leaving one-star reviews about the app.")]
    [InlineData("Wants to get certified and asked about the study leave policy.")]
    [InlineData("She covers opening and closing shifts since two supervisors quit in March.")]
    [InlineData("准备考 CFA，想问考前能不能请几天假。")]
    public void Analyse_LeavingInOtherSense_IsNotAttrition(string text)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(NoteSignalCodes.AttritionRisk), Describe(analysis));
    }

    [Theory]
    [InlineData("她说不想走，但已经在看机会了。")]
    [InlineData("有猎头联系过她。她说不打算走，但也在看机会。")]
    [InlineData("虽然猎头一直在找，他也在看机会。")]
    public void Analyse_LaterMentionAfterDenial_IsSignal(string text)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.True(analysis.HasSignal(NoteSignalCodes.AttritionRisk), Describe(analysis));
    }

    [Theory]
    [InlineData("团队士气很低，但他本人状态不错。", NoteSignalCodes.LowMood)]
    [InlineData("Team morale is low after the reorg.", NoteSignalCodes.LowMood)]
    [InlineData("The client's team is stressed about the launch.", NoteSignalCodes.Stress)]
    [InlineData("客户那边压力很大，天天催。", NoteSignalCodes.Stress)]
    [InlineData("店长急得团团转，他自己还好。", NoteSignalCodes.Workload)]
    [InlineData("他的 TL 刚提了离职。", NoteSignalCodes.AttritionRisk)]
    public void Analyse_GroupOrOtherPartyAsSubject_IsNotEmployeeSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("团队人手不够，大家都在加班。", NoteSignalCodes.Workload)]
    [InlineData("The team is short-staffed and he is exhausted.", NoteSignalCodes.Stress)]
    [InlineData("客户那边一直在 push，要求提前交付。", NoteSignalCodes.CustomerComplaint)]
    public void Analyse_GroupSubject_KeepsSharedAndLaterPersonalSignals(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.True(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("他说如果年底调薪不到位就会出去看看。")]
    [InlineData("He doesn't feel heard and wants to leave.")]
    public void Analyse_NegationStopsAtBarrier(string text)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.True(analysis.HasSignal(NoteSignalCodes.AttritionRisk), Describe(analysis));
    }

    [Theory]
    [InlineData("Might consider a management role one day.", NoteSignalCodes.Promotion)]
    [InlineData("Would consider a course on negotiation at some point.", NoteSignalCodes.Learning)]
    [InlineData("转管理的事以后再说。", NoteSignalCodes.Promotion)]
    public void Analyse_VaguePossibility_IsNotSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("去年和主管闹过矛盾，现在已经走出来了。", NoteSignalCodes.Conflict)]
    [InlineData("上次说压力很大，这次聊下来轻松多了。", NoteSignalCodes.Stress)]
    [InlineData("Complaints are down 30% this quarter.", NoteSignalCodes.CustomerComplaint)]
    [InlineData("新流程上线后客户投诉基本清零。", NoteSignalCodes.CustomerComplaint)]
    [InlineData("压力有点大，不过还好。", NoteSignalCodes.Stress)]
    [InlineData("There is some pressure from the release date, but she says it is manageable.", NoteSignalCodes.Stress)]
    [InlineData("He was promoted last year and enjoys the new role.", NoteSignalCodes.Promotion)]
    [InlineData("She feels less stressed since the reorg.", NoteSignalCodes.Stress)]
    public void Analyse_ResolvedOrPlayedDown_IsNotSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Fact]
    public void Analyse_ContrastClauseWithOwnSignal_DoesNotPlayDown()
    {
        NoteAnalysis analysis = _analyser.Analyse("压力有点大，但是也想多学点东西。");

        Assert.True(analysis.HasSignal(NoteSignalCodes.Stress), Describe(analysis));
        Assert.True(analysis.HasSignal(NoteSignalCodes.Learning), Describe(analysis));
    }

    private static string Describe(NoteAnalysis analysis) =>
        $"signals [{string.Join(", ", analysis.Signals.Select(signal => signal.Code))}], sentiment {analysis.Sentiment}";
}
