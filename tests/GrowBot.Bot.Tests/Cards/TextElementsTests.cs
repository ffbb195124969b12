using GrowBot.Bot.Cards;

namespace GrowBot.Bot.Tests.Cards;

public sealed class TextElementsTests
{
    [Theory]
    [InlineData("abcdef", 3, "abc…")]
    [InlineData("abc", 3, "abc")]
    [InlineData("abc", 5, "abc")]
    [InlineData("张伟的绩效评级", 2, "张伟…")]
    [InlineData("ab👍🏽cd", 3, "ab👍🏽…")]
    [InlineData("ab👍🏽cd", 2, "ab…")]
    [InlineData("e\u0301e\u0301e\u0301", 2, "e\u0301e\u0301…")]
    [InlineData("👨‍👩‍👧x", 1, "👨‍👩‍👧…")]
    [InlineData("𠀋𠀋𠀋", 1, "𠀋…")]
    public void Truncate_CutsAtTextElementBoundary(string text, int maxElements, string expected)
    {
        Assert.Equal(expected, TextElements.Truncate(text, maxElements));
    }

    [Fact]
    public void Truncate_EveryLength_LeavesNoLoneSurrogate()
    {
        string text = string.Concat(Enumerable.Repeat("张👍🏽é𠀋👨‍👩‍👧a", 20));

        for (int length = 0; length <= TextElements.Count(text); length++)
        {
            string truncated = TextElements.Truncate(text, length);
            Assert.True(IsWellFormed(truncated), $"Length {length} left a lone surrogate.");
            Assert.StartsWith(truncated.TrimEnd('…'), text, StringComparison.Ordinal);
        }
    }

    internal static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
