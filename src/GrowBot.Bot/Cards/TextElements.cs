using System.Globalization;

namespace GrowBot.Bot.Cards;

/// <summary>
/// Shortens text at text-element (grapheme cluster) boundaries, so that a surrogate pair, an emoji sequence or a
/// letter with combining marks is never cut in half.
/// </summary>
public static class TextElements
{
    public const string Ellipsis = "…";

    /// <summary>Counts the text elements of the text.</summary>
    public static int Count(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>
    /// Returns the first <paramref name="maxElements"/> text elements followed by an ellipsis, or the text unchanged
    /// when it is not longer than that.
    /// </summary>
    public static string Truncate(string text, int maxElements)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxElements);

        int length = PrefixLength(text, maxElements);
        return length >= text.Length ? text : string.Concat(text.AsSpan(0, length), Ellipsis);
    }

    /// <summary>Returns the UTF-16 length of the first <paramref name="maxElements"/> text elements.</summary>
    private static int PrefixLength(string text, int maxElements)
    {
        int index = 0;
        for (int element = 0; element < maxElements && index < text.Length; element++)
        {
            index += StringInfo.GetNextTextElementLength(text.AsSpan(index));
        }

        return index;
    }
}
