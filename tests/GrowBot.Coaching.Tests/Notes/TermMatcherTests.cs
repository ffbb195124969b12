using GrowBot.Coaching.Notes;

namespace GrowBot.Coaching.Tests.Notes;

public sealed class TermMatcherTests
{
    [Fact]
    public void FindAll_EnglishTerm_MatchesWholeWordsOnly()
    {
        TermMatcher matcher = Create(("class", true, 0));

        const string text = "classroom, subclass, a class.";

        List<TermMatch> matches = matcher.FindAll(text);

        TermMatch match = Assert.Single(matches);
        Assert.Equal(text.IndexOf("a class", StringComparison.Ordinal) + 2, match.Start);
    }

    [Fact]
    public void FindAll_PrefixTerm_ExtendsToEndOfWord()
    {
        TermMatcher matcher = Create(("escalat", false, 0));

        List<TermMatch> matches = matcher.FindAll("Customers keep Escalating.");

        TermMatch match = Assert.Single(matches);
        Assert.Equal("Escalating", "Customers keep Escalating.".Substring(match.Start, match.Length));
    }

    [Fact]
    public void FindAll_ChineseTerms_MatchInsideText()
    {
        TermMatcher matcher = Create(("压力", true, 0), ("加班", true, 0));

        List<TermMatch> matches = matcher.FindAll("他压力很大，经常加班。");

        Assert.Equal([1, 8], matches.Select(match => match.Start));
    }

    [Fact]
    public void FindAll_Overlap_LongestWins()
    {
        TermMatcher matcher = Create(("不", true, 0), ("不少", true, 0));

        List<TermMatch> matches = matcher.FindAll("投诉不少");

        TermMatch match = Assert.Single(matches);
        Assert.Equal(2, match.Length);
    }

    [Fact]
    public void FindAll_EqualLengthOverlap_HigherPriorityWins()
    {
        TermMatcher matcher = Create(("很低", true, 0), ("低落", true, 1));

        List<TermMatch> matches = matcher.FindAll("语气很低落");

        TermMatch match = Assert.Single(matches);
        Assert.Equal(1, match.TermId);
    }

    [Fact]
    public void FindAll_CaseAndApostrophes_AreFolded()
    {
        TermMatcher matcher = Create(("can't cope", true, 0));

        List<TermMatch> matches = matcher.FindAll("She CAN\u2019T COPE.");

        Assert.Single(matches);
    }

    [Fact]
    public void DefaultLexicon_Builds()
    {
        NoteLexicon lexicon = NoteLexicon.Default;

        Assert.True(lexicon.Matcher.TermCount > 1000, $"only {lexicon.Matcher.TermCount} terms");
        Assert.All(lexicon.Rules, rule => Assert.All(rule.Codes, code => Assert.True(NoteSignalCodes.IsKnown(code), code)));
    }

    private static TermMatcher Create(params (string Term, bool NeedsWordEnd, int Priority)[] terms) =>
        new(terms.Select(term => term.Term).ToList(), terms.Select(term => term.NeedsWordEnd).ToList(), terms.Select(term => term.Priority).ToList());
}
