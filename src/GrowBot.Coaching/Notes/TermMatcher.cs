namespace GrowBot.Coaching.Notes;

/// <summary>A lexicon term found in a text: <see cref="Start"/> and <see cref="Length"/> in UTF-16 code units.</summary>
internal readonly record struct TermMatch(int Start, int Length, int TermId)
{
    public int End => Start + Length;
}

/// <summary>
/// Aho-Corasick automaton over the lexicon terms. One pass over the text finds every term in
/// linear time, with no backtracking. Matching folds ASCII to lower case and typographic
/// apostrophes to <c>'</c>, one code unit for one, so offsets stay those of the original text.
/// </summary>
/// <remarks>
/// A term that starts (or ends) with an ASCII letter or digit matches only at a word boundary on
/// that side. A term written with a trailing <c>*</c> matches any word that starts with it.
/// Overlapping matches are resolved longest first, then by term priority, then leftmost first.
/// </remarks>
internal sealed partial class TermMatcher
{
    private const int RootTransitionCount = char.MaxValue + 1;

    private readonly int[] _rootTransitions;
    private readonly Dictionary<int, int>[] _transitions;
    private readonly int[] _failure;
    private readonly int[][] _outputs;
    private readonly int[] _termLengths;
    private readonly bool[] _needsWordEnd;
    private readonly int[] _priorities;

    /// <summary>Builds the automaton. <paramref name="terms"/> are already folded, without the trailing <c>*</c>.</summary>
    /// <param name="priorities">Priority per term. Of two overlapping matches of equal length, the one with the higher priority wins.</param>
    public TermMatcher(IReadOnlyList<string> terms, IReadOnlyList<bool> needsWordEnd, IReadOnlyList<int> priorities)
    {
        _termLengths = terms.Select(term => term.Length).ToArray();
        _needsWordEnd = needsWordEnd.ToArray();
        _priorities = priorities.ToArray();

        List<Dictionary<int, int>> transitions = [new()];
        List<List<int>> ownOutputs = [[]];
        for (int termId = 0; termId < terms.Count; termId++)
        {
            int state = 0;
            foreach (char c in terms[termId])
            {
                if (!transitions[state].TryGetValue(c, out int next))
                {
                    next = transitions.Count;
                    transitions.Add([]);
                    ownOutputs.Add([]);
                    transitions[state][c] = next;
                }

                state = next;
            }

            ownOutputs[state].Add(termId);
        }

        _transitions = [.. transitions];
        _failure = new int[_transitions.Length];
        _outputs = new int[_transitions.Length][];
        _rootTransitions = new int[RootTransitionCount];
        BuildFailureLinks(ownOutputs);
    }

    public int TermCount => _termLengths.Length;

    private static readonly char[] s_foldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        char[] table = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
        }

        for (char c = 'A'; c <= 'Z'; c++)
        {
            table[c] = (char)(c + 32);
        }

        // Full-width forms U+FF01 to U+FF5E mirror ASCII U+0021 to U+007E.
        for (int c = 0xFF01; c <= 0xFF5E; c++)
        {
            table[c] = table[c - 0xFEE0];
        }

        table['\u2019'] = '\'';
        table['\u2018'] = '\'';
        foreach ((char traditional, char simplified) in TraditionalToSimplified())
        {
            table[traditional] = simplified;
        }

        return table;
    }

    private static IEnumerable<(char Traditional, char Simplified)> TraditionalToSimplified()
    {
        using Stream stream = typeof(TermMatcher).Assembly.GetManifestResourceStream("GrowBot.Coaching.Notes.traditional-to-simplified.tsv")
            ?? throw new InvalidOperationException("The embedded Traditional to Simplified Chinese table is missing.");
        using StreamReader reader = new(stream);
        List<(char, char)> pairs = [];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == '\t')
            {
                pairs.Add((line[0], line[2]));
            }
        }

        return pairs;
    }

    /// <summary>Returns the non-overlapping matches in <paramref name="text"/>, ordered by start.</summary>
    public List<TermMatch> FindAll(string text)
    {
        List<TermMatch> candidates = new(capacity: 16);
        int state = 0;

        // Text offsets of the characters the automaton has read. Invisible characters are skipped, so a term still
        // matches when one sits inside it (压\u200B力), and a match starts where its first read character is.
        int[] readAt = new int[text.Length];
        int read = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (IsInvisible(text[i]))
            {
                continue;
            }

            readAt[read++] = i;
            state = Step(state, Fold(text[i]));
            foreach (int termId in _outputs[state])
            {
                int start = readAt[read - _termLengths[termId]];
                if (IsAtWordBoundaries(text, start, i + 1, termId))
                {
                    int end = _needsWordEnd[termId] ? i + 1 : EndOfWord(text, i + 1);
                    candidates.Add(new TermMatch(start, end - start, termId));
                }
            }
        }

        return SelectLongestNonOverlapping(candidates, text.Length);
    }

    /// <summary>
    /// Folds one code unit the way terms are folded: ASCII lower case, one apostrophe, full-width
    /// Latin letters, digits and punctuation to ASCII, and Traditional Chinese characters to
    /// Simplified ones, so that 壓力 matches 压力. Every fold maps one code unit to one, so match
    /// offsets stay offsets in the original text.
    /// </summary>
    public static char Fold(char c) => s_foldTable[c];

    /// <summary>Returns whether <paramref name="c"/> is a zero-width or format character that does not show in the text.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>Returns whether <paramref name="c"/> is an ASCII letter or digit, in half or full width.</summary>
    public static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(s_foldTable[c]);

    /// <summary>Extends a prefix match (a term written with <c>*</c>) to the end of its word, so evidence shows the whole word.</summary>
    private static int EndOfWord(string text, int end)
    {
        while (end < text.Length && IsAsciiWordChar(text[end]))
        {
            end++;
        }

        return end;
    }
}
