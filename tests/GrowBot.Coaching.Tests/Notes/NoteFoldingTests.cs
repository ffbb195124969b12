using GrowBot.Coaching.Notes;

namespace GrowBot.Coaching.Tests.Notes;

public sealed class NoteFoldingTests
{
    private readonly BuiltInNoteAnalyser _analyser = new();

    [Theory]
    [InlineData("最近壓力很大，晚上睡不好。", NoteSignalCodes.Stress, "壓力很大")]
    [InlineData("她在考慮離職，已經在看機會。", NoteSignalCodes.AttritionRisk, "離職")]
    [InlineData("想參加培訓，提升數據分析能力。", NoteSignalCodes.Learning, "培訓")]
    [InlineData("Ｓｈｅ ｉｓ ｂｕｒｎｅｄ ｏｕｔ．", NoteSignalCodes.Stress, "ｂｕｒｎｅｄ ｏｕｔ")]
    [InlineData("压\u200B力\u200B很\u200B大，想离职。", NoteSignalCodes.Stress, "压\u200B力")]
    [InlineData("压\u200B力\u200B很\u200B大，想\u200D离\u200D职。", NoteSignalCodes.AttritionRisk, "离\u200D职")]
    [InlineData("She is over\u200Bwhelmed.", NoteSignalCodes.Stress, "over\u200Bwhelmed")]
    public void Analyse_VariantCharacters_FindSignalInOriginalText(string text, string code, string evidence)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        DetectedSignal signal = Assert.Single(analysis.Signals, candidate => candidate.Code == code);
        Assert.Contains(signal.Evidence, span => span.Text.Contains(evidence, StringComparison.Ordinal));
        Assert.All(signal.Evidence, span => Assert.Equal(span.Text, text.Substring(span.Start, span.Length)));
    }

    [Theory]
    [InlineData("沒有壓力，也不想離職。", NoteSignalCodes.Stress)]
    [InlineData("沒有壓力，也不想離職。", NoteSignalCodes.AttritionRisk)]
    [InlineData("他的室友最近很焦虑。", NoteSignalCodes.Stress)]
    [InlineData("She had considered leaving, but that's behind her.", NoteSignalCodes.AttritionRisk)]
    [InlineData("去年她曾经想离职，现在完全没有这个想法了。", NoteSignalCodes.AttritionRisk)]
    [InlineData("We discussed the stress management training we offer to all staff.", NoteSignalCodes.Stress)]
    public void Analyse_OutOfScopeMention_IsNotSignal(string text, string code)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);

        Assert.False(analysis.HasSignal(code), string.Join(", ", analysis.Signals.Select(signal => signal.Code)));
    }
}
