using System.Globalization;

namespace GrowBot.Bot.Localization;

/// <summary>One of the two languages GrowBot speaks: en-US or zh-CN.</summary>
public sealed class BotLocale
{
    public static readonly BotLocale English = new("en-US");
    public static readonly BotLocale Chinese = new("zh-CN");

    private BotLocale(string name)
    {
        Name = name;
        Culture = CultureInfo.GetCultureInfo(name);
    }

    /// <summary>The BCP 47 name: <c>en-US</c> or <c>zh-CN</c>.</summary>
    public string Name { get; }

    public CultureInfo Culture { get; }

    /// <summary>The two-letter language for the card's <c>lang</c> property.</summary>
    public string Language => Culture.TwoLetterISOLanguageName;

    public bool IsChinese => ReferenceEquals(this, Chinese);

    /// <summary>Maps every <c>zh-*</c> tag (and <c>zh</c>) to zh-CN and anything else to en-US.</summary>
    public static BotLocale FromTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return English;
        }

        string trimmed = tag.Trim();
        bool isChinese = trimmed.Equals("zh", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("zh_", StringComparison.OrdinalIgnoreCase);
        return isChinese ? Chinese : English;
    }

    public override string ToString() => Name;
}
