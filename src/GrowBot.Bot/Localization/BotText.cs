using System.Globalization;
using System.Resources;

namespace GrowBot.Bot.Localization;

/// <summary>
/// Reads the user-visible strings of <c>Resources/Strings.resx</c> for an explicit locale; the thread's UI culture
/// plays no part.
/// </summary>
public static class BotText
{
    internal const string ResourceBaseName = "GrowBot.Bot.Resources.Strings";

    internal static readonly ResourceManager Resources = new(ResourceBaseName, typeof(BotText).Assembly);

    /// <summary>Returns the string of the key in the locale's language.</summary>
    /// <exception cref="KeyNotFoundException">The key is missing from the resources.</exception>
    public static string Get(BotLocale locale, string key)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return Resources.GetString(key, locale.Culture)
            ?? throw new KeyNotFoundException($"The string resource '{key}' is missing. Add it to Strings.resx and Strings.zh-CN.resx.");
    }

    /// <summary>Returns the string of the key in the locale's language, or null when the resources have no such key.</summary>
    public static string? Find(BotLocale locale, string key)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return Resources.GetString(key, locale.Culture);
    }

    /// <summary>Returns the string of the key with its placeholders filled in, formatted for the locale.</summary>
    public static string Format(BotLocale locale, string key, params object?[] args) =>
        string.Format(locale.Culture, Get(locale, key), args);

    /// <summary>Formats a date the same way in every card: <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
