using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using GrowBot.Bot.Localization;

namespace GrowBot.Bot.Tests.Localization;

/// <summary>The English and Chinese string resources match key for key and placeholder for placeholder.</summary>
public sealed partial class ResourceTests
{
    private static readonly Dictionary<string, string> s_english = Load("en-US");
    private static readonly Dictionary<string, string> s_chinese = Load("zh-CN");

    [Fact]
    public void Keys_ExistInBothLanguages()
    {
        Assert.NotEmpty(s_english);
        Assert.Empty(s_english.Keys.Except(s_chinese.Keys));
        Assert.Empty(s_chinese.Keys.Except(s_english.Keys));
    }

    [Fact]
    public void Values_AreNotEmpty()
    {
        Assert.Empty(s_english.Where(pair => string.IsNullOrWhiteSpace(pair.Value)).Select(pair => pair.Key));
        Assert.Empty(s_chinese.Where(pair => string.IsNullOrWhiteSpace(pair.Value)).Select(pair => pair.Key));
    }

    [Fact]
    public void Placeholders_MatchBetweenLanguages()
    {
        foreach ((string key, string english) in s_english)
        {
            Assert.True(
                Placeholders(english).SetEquals(Placeholders(s_chinese.GetValueOrDefault(key) ?? string.Empty)),
                $"The placeholders of '{key}' differ between en-US and zh-CN.");
        }
    }

    [Fact]
    public void Chinese_IsTranslated()
    {
        Assert.NotEqual(s_english[TextKey.HelpTitle], s_chinese[TextKey.HelpTitle]);
        Assert.Equal("我能做什么", BotText.Get(BotLocale.Chinese, TextKey.HelpTitle));
        Assert.Equal("What I can do", BotText.Get(BotLocale.English, TextKey.HelpTitle));
    }

    [Fact]
    public void TextKeyConstants_AllHaveStrings()
    {
        string[] keys = [.. typeof(TextKey).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!)];

        Assert.NotEmpty(keys);
        Assert.Empty(keys.Except(s_english.Keys));
        Assert.Empty(s_english.Keys.Except(keys));
    }

    [Fact]
    public void Get_MissingKey_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => BotText.Get(BotLocale.English, "No.Such.Key"));
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(match => match.Groups[1].Value)];

    /// <summary>Reads one language's resource set alone, without falling back to the neutral resources.</summary>
    private static Dictionary<string, string> Load(string culture)
    {
        ResourceManager manager = new("GrowBot.Bot.Resources.Strings", typeof(BotText).Assembly);
        CultureInfo info = culture == "en-US" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        ResourceSet set = manager.GetResourceSet(info, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {culture}.");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? string.Empty);
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
