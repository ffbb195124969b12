namespace GrowBot.Coaching.Notes.Learning;

/// <summary>One feature occurrence: its hash and its clause, so that scope rules and evidence can work clause by clause.</summary>
internal readonly record struct NoteFeature(ulong Hash, int Clause);

/// <summary>
/// Turns a scanned note into bag-of-n-gram features for the note model: each Chinese character
/// and each English word (lower case, with a light suffix stemmer) is a token, and the features
/// are token unigrams and bigrams within a clause. After a negator from the lexicon (不, 没有,
/// not, never) the features of the rest of the clause carry a negation marker, and a second
/// negator takes it away again, so 没有压力 and 不是不想走 read differently from 压力 and 想走.
/// </summary>
internal static class NoteFeatureExtractor
{
    private const int MaxWordLength = 48;
    private const int MinStemLength = 3;
    private static readonly string[] s_suffixes = ["ing", "ed", "es", "s", "ly"];

    /// <summary>Extracts the features of <paramref name="scan"/>. With <paramref name="names"/>, it also records a readable name per hash.</summary>
    public static List<NoteFeature> Extract(NoteScan scan, Dictionary<ulong, string>? names = null)
    {
        List<NoteFeature> features = new(scan.Text.Length * 2);
        for (int c = 0; c < scan.Clauses.Count; c++)
        {
            ExtractClause(scan, c, features, names);
        }

        return features;
    }

    private static void ExtractClause(NoteScan scan, int clauseIndex, List<NoteFeature> features, Dictionary<ulong, string>? names)
    {
        Clause clause = scan.Clauses[clauseIndex];
        string text = scan.Text;
        Span<char> buffer = stackalloc char[MaxWordLength];
        int nextMatch = clause.FirstMatch;
        bool negated = false;
        ulong? previous = null;
        string? previousName = null;

        int i = clause.Start;
        while (i < clause.End)
        {
            while (nextMatch < clause.EndMatch && scan.Matches[nextMatch].Start < i)
            {
                nextMatch++;
            }

            if (nextMatch < clause.EndMatch && scan.Matches[nextMatch].Start == i && scan.Has(scan.Matches[nextMatch], TermKind.Negator)
                && !scan.Has(scan.Matches[nextMatch], TermKind.Neutral))
            {
                negated = !negated;
                previous = null;
                i = scan.Matches[nextMatch].End;
                continue;
            }

            int length = ReadToken(text, i, clause.End, buffer, out int consumed);
            if (length == 0)
            {
                i += Math.Max(consumed, 1);
                continue;
            }

            ReadOnlySpan<char> token = buffer[..length];
            ulong hash = FeatureHash.Token(token);
            string? name = names is null ? null : token.ToString();
            features.Add(new NoteFeature(FeatureHash.Unigram(hash, negated), clauseIndex));
            Name(names, features[^1].Hash, name, null, negated);
            if (previous is ulong before)
            {
                features.Add(new NoteFeature(FeatureHash.Bigram(before, hash, negated), clauseIndex));
                Name(names, features[^1].Hash, previousName, name, negated);
            }

            previous = hash;
            previousName = name;
            i += consumed;
        }
    }

    private static void Name(Dictionary<ulong, string>? names, ulong hash, string? first, string? second, bool negated)
    {
        if (names is not null && first is not null)
        {
            names.TryAdd(hash, FeatureHash.Describe(first, second, negated));
        }
    }

    /// <summary>
    /// Reads the token at <paramref name="start"/> into <paramref name="buffer"/> and returns its
    /// length, or 0 when the character there starts no token. <paramref name="consumed"/> is the
    /// number of characters of text the token covers.
    /// </summary>
    private static int ReadToken(string text, int start, int end, Span<char> buffer, out int consumed)
    {
        char first = text[start];
        if (TermMatcher.IsAsciiWordChar(first))
        {
            return ReadWord(text, start, end, buffer, out consumed);
        }

        consumed = char.IsHighSurrogate(first) && start + 1 < end ? 2 : 1;
        if (first < '\u2E80' || !char.IsLetter(text, start))
        {
            return 0;
        }

        // Traditional characters fold to Simplified ones, as in the lexicon.
        text.AsSpan(start, consumed).CopyTo(buffer);
        buffer[0] = TermMatcher.Fold(buffer[0]);
        return consumed;
    }

    private static int ReadWord(string text, int start, int end, Span<char> buffer, out int consumed)
    {
        int length = 0;
        int i = start;
        while (i < end)
        {
            char c = TermMatcher.Fold(text[i]);
            bool inner = (c is '\'' or '-') && i + 1 < end && char.IsAsciiLetter(TermMatcher.Fold(text[i + 1])) && i > start;
            if (!char.IsAsciiLetterOrDigit(c) && !inner)
            {
                break;
            }

            if (length < buffer.Length)
            {
                buffer[length++] = c;
            }

            i++;
        }

        consumed = i - start;
        return Stem(buffer[..length]);
    }

    /// <summary>Strips one common English suffix so that overwhelmed and overwhelming share a token.</summary>
    private static int Stem(ReadOnlySpan<char> word)
    {
        foreach (string suffix in s_suffixes)
        {
            if (word.Length - suffix.Length >= MinStemLength && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word.Length - suffix.Length;
            }
        }

        return word.Length;
    }
}
