using GrowBot.Coaching.Notes;

namespace GrowBot.Coaching.Tests.Notes;

/// <summary>Colloquial wording per signal and the sentiment rules for wishes, calm decisions and states.</summary>
public sealed class BuiltInNoteAnalyserVocabularyTests
{
    // The lexicon and scope rules alone: the shipped analyser adds the note model on top of them.
    private readonly BuiltInNoteAnalyser _analyser = BuiltInNoteAnalyser.RulesOnly();

    [Theory]
    [InlineData("最近心累，感觉身体透支了。", NoteSignalCodes.Stress)]
    [InlineData("说自己快被压垮了。", NoteSignalCodes.Stress)]
    [InlineData("Running on fumes after the launch.", NoteSignalCodes.Stress)]
    [InlineData("组里太卷了，连续加班一个月。", NoteSignalCodes.Workload)]
    [InlineData("项目一个接一个，根本停不下来。", NoteSignalCodes.Workload)]
    [InlineData("Juggling three launches with no breathing room.", NoteSignalCodes.Workload)]
    [InlineData("Her team lost two people this quarter.", NoteSignalCodes.Workload)]
    [InlineData("自己说是骑驴找马，简历已经更新了。", NoteSignalCodes.AttritionRisk)]
    [InlineData("He has an interview at a fintech next week.", NoteSignalCodes.AttritionRisk)]
    [InlineData("She mentioned a competitor approached her.", NoteSignalCodes.AttritionRisk)]
    [InlineData("想往上走，争取接 TL 的位置。", NoteSignalCodes.Promotion)]
    [InlineData("Wants to step up to lead the squad.", NoteSignalCodes.Promotion)]
    [InlineData("Asked if there is a path to principal engineer.", NoteSignalCodes.Promotion)]
    [InlineData("想报个课考证，给自己充充电。", NoteSignalCodes.Learning)]
    [InlineData("Wants to brush up on SQL through a Coursera track.", NoteSignalCodes.Learning)]
    [InlineData("和产品经理磨合得不顺，已经拍过桌子。", NoteSignalCodes.Conflict)]
    [InlineData("He and the new PM don't gel.", NoteSignalCodes.Conflict)]
    [InlineData("Feels her peer keeps taking credit for her work.", NoteSignalCodes.Conflict)]
    [InlineData("他和组长最近不太对付，开会经常唱反调。", NoteSignalCodes.Conflict)]
    [InlineData("He and his lead don't trust each other.", NoteSignalCodes.Conflict)]
    [InlineData("整个人很丧，看不到前景。", NoteSignalCodes.LowMood)]
    [InlineData("说自己没什么上进心了。", NoteSignalCodes.LowMood)]
    [InlineData("Nothing excites him at work anymore.", NoteSignalCodes.LowMood)]
    [InlineData("Seems a bit down since the reorg.", NoteSignalCodes.LowMood)]
    [InlineData("这个月客诉多，退货也多。", NoteSignalCodes.CustomerComplaint)]
    [InlineData("An irate client escalated to the VP.", NoteSignalCodes.CustomerComplaint)]
    [InlineData("客户说我们响应太慢，要换供应商。", NoteSignalCodes.CustomerComplaint)]
    [InlineData("Needs air cover from her director before pushing back.", NoteSignalCodes.SupportNeeded)]
    [InlineData("希望排班上能照顾一下。", NoteSignalCodes.SupportNeeded)]
    [InlineData("他希望HR出面和主管沟通一下。", NoteSignalCodes.SupportNeeded)]
    [InlineData("She asked us to set up a meeting with her skip-level.", NoteSignalCodes.SupportNeeded)]
    [InlineData("Wants to cut back to four days a week.", NoteSignalCodes.SupportNeeded)]
    [InlineData("活全压到她身上，得再招一个人。", NoteSignalCodes.SupportNeeded)]
    public void Analyse_ColloquialWording_IsSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.True(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("例会。排班和下月培训场地均已确认。", NoteSignalCodes.Learning)]
    [InlineData("The sprint review was tense but productive.", NoteSignalCodes.Stress)]
    [InlineData("He trusts his manager.", NoteSignalCodes.Conflict)]
    [InlineData("他想换一家物流供应商。", NoteSignalCodes.AttritionRisk)]
    [InlineData("His team is interviewing candidates for two roles.", NoteSignalCodes.AttritionRisk)]
    [InlineData("He needs to set up the demo environment by Friday.", NoteSignalCodes.SupportNeeded)]
    [InlineData("主管让他安排下周的评审会。", NoteSignalCodes.SupportNeeded)]
    [InlineData("预算很紧张，今年不招人。", NoteSignalCodes.Stress)]
    [InlineData("The system crashed twice during the release.", NoteSignalCodes.Stress)]
    public void Analyse_LookalikeWording_IsNotSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), Describe(analysis));
    }

    [Theory]
    [InlineData("想学一下数据分析。", NoteSentiment.Positive)]
    [InlineData("Wants to grow into a team lead role next year.", NoteSentiment.Positive)]
    [InlineData("客户投诉很多，他想参加沟通培训。", NoteSentiment.Negative)]
    [InlineData("已经提了离职，交接安排好了。", NoteSentiment.Neutral)]
    [InlineData("Has an offer in hand and is still deciding.", NoteSentiment.Neutral)]
    [InlineData("想裸辞，受够了。", NoteSentiment.Negative)]
    [InlineData("他说如果年底调薪不到位就会出去看看。", NoteSentiment.Negative)]
    [InlineData("Admitted he's drowning in tickets.", NoteSentiment.Negative)]
    [InlineData("家里老人住院，最近请假多，同事帮忙顶着，他很感激。", NoteSentiment.Neutral)]
    [InlineData("问他有没有 burnout，他说没有，节奏刚好。", NoteSentiment.Positive)]
    public void Analyse_Sentiment_FollowsEmployeeState(string text, NoteSentiment expected)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.Equal(expected, analysis.Sentiment);
    }

    private static string Describe(NoteAnalysis analysis) =>
        $"signals [{string.Join(", ", analysis.Signals.Select(signal => signal.Code))}], sentiment {analysis.Sentiment}";
}
