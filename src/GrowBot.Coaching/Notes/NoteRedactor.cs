using System.Text;
using System.Text.RegularExpressions;

namespace GrowBot.Coaching.Notes;

/// <summary>
/// Replaces personal identifiers in notes with numbered placeholders (<c>[PERSON_1]</c>, <c>[PHONE_1]</c>, …) before
/// the notes leave for an external analyser, and restores them in the analyser's response. The same value always gets the same
/// placeholder within one redaction (names ignoring case).
/// </summary>
/// <remarks>
/// It finds e-mail addresses, Chinese resident ID numbers (18 characters with a valid check character), bank card
/// numbers (16 to 19 digits), phone numbers (Chinese mobile numbers, <c>+</c> international and area-code
/// landline formats), passport-like numbers (one or two letters and 7 to 9 digits) and the given names. It also
/// replaces <c>&lt;notes&gt;</c> tags, so that the notes cannot close the delimiter that the prompt puts around them.
/// </remarks>
public static partial class NoteRedactor
{
    private const int MinNameLength = 2;

    /// <summary>Redacts <paramref name="text"/>; <paramref name="names"/> are the people's names and aliases to replace.</summary>
    public static RedactedNote Redact(string text, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);

        PlaceholderMap map = new();
        string redacted = text;
        redacted = EmailPattern().Replace(redacted, m => map.Get("EMAIL", m.Value));
        redacted = DigitRunPattern().Replace(redacted, m => map.Get(IsResidentId(m.Value) ? "ID" : "CARD", m.Value));
        redacted = InternationalPhonePattern().Replace(redacted, m => map.Get("PHONE", m.Value));
        redacted = MobilePhonePattern().Replace(redacted, m => map.Get("PHONE", m.Value));
        redacted = LandlinePattern().Replace(redacted, m => map.Get("PHONE", m.Value));
        redacted = PassportPattern().Replace(redacted, m => map.Get("PASSPORT", m.Value));
        redacted = ReplaceNames(redacted, names, map);
        redacted = NotesTagPattern().Replace(redacted, m => map.Get("TAG", m.Value));
        return new RedactedNote(redacted, map.Entries);
    }

    /// <summary>Returns whether an 18-character string is a Chinese resident ID number with a valid check character (ISO 7064 MOD 11-2).</summary>
    public static bool IsResidentId(string value)
    {
        if (value.Length != 18)
        {
            return false;
        }

        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        int sum = 0;
        for (int i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            sum += (value[i] - '0') * weights[i];
        }

        char expected = "10X98765432"[sum % 11];
        return char.ToUpperInvariant(value[17]) == expected;
    }

    private static string ReplaceNames(string text, IEnumerable<string> names, PlaceholderMap map)
    {
        string[] candidates = names
            .Select(name => name.Trim())
            .Where(name => name.Length >= MinNameLength)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(name => name.Length)
            .ToArray();
        if (candidates.Length == 0)
        {
            return text;
        }

        StringBuilder pattern = new();
        foreach (string name in candidates)
        {
            if (pattern.Length > 0)
            {
                pattern.Append('|');
            }

            // Latin names match whole words only; Chinese is written without spaces, so Chinese names match anywhere.
            bool latin = name.Any(char.IsAsciiLetter);
            pattern.Append(latin ? $@"(?<![\p{{L}}\d]){Regex.Escape(name)}(?![\p{{L}}\d])" : Regex.Escape(name));
        }

        Regex regex = new(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return regex.Replace(text, m => map.Get("PERSON", m.Value));
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\dA-Za-z])\d{15,18}[\dXx](?![\dA-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRunPattern();

    [GeneratedRegex(@"(?<![\w+])\+\d{1,3}[ \-]?(?:\(\d{1,4}\)[ \-]?)?\d(?:[ \-]?\d){5,13}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalPhonePattern();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePhonePattern();

    [GeneratedRegex(@"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LandlinePattern();

    [GeneratedRegex(@"(?<![A-Za-z\d])[A-Za-z]{1,2}\d{7,9}(?![A-Za-z\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PassportPattern();

    [GeneratedRegex(@"<\s*/?\s*notes\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesTagPattern();

    private sealed class PlaceholderMap
    {
        private readonly Dictionary<string, string> _byValue = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public List<KeyValuePair<string, string>> Entries { get; } = [];

        /// <summary>Returns the placeholder of the value; names differing only in case share one, which restores to the first form seen.</summary>
        public string Get(string kind, string value)
        {
            string key = kind + "\n" + (kind == "PERSON" ? value.ToLowerInvariant() : value);
            if (_byValue.TryGetValue(key, out string? existing))
            {
                return existing;
            }

            int number = _counts.GetValueOrDefault(kind) + 1;
            _counts[kind] = number;
            string placeholder = $"[{kind}_{number}]";
            _byValue[key] = placeholder;
            Entries.Add(new KeyValuePair<string, string>(placeholder, value));
            return placeholder;
        }
    }
}

/// <summary>Notes with placeholders, and the original value of each placeholder.</summary>
public sealed class RedactedNote
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _placeholders;

    public RedactedNote(string text, IReadOnlyList<KeyValuePair<string, string>> placeholders)
    {
        Text = text;
        _placeholders = placeholders;
    }

    public string Text { get; }

    /// <summary>How many distinct values were replaced.</summary>
    public int PlaceholderCount => _placeholders.Count;

    /// <summary>Puts the original values back in place of the placeholders in <paramref name="value"/>.</summary>
    public string Restore(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string restored = value;
        foreach ((string placeholder, string original) in _placeholders.Reverse())
        {
            restored = restored.Replace(placeholder, original, StringComparison.Ordinal);
        }

        return restored;
    }
}
