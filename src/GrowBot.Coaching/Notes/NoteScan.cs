namespace GrowBot.Coaching.Notes;

/// <summary>A clause of a note: match indices <c>[FirstMatch, EndMatch)</c> and what its markers make of it.</summary>
internal sealed class Clause(int start, int end, int sentence)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public int Sentence { get; } = sentence;
    public int FirstMatch { get; set; }
    public int EndMatch { get; set; }

    /// <summary>The clause is a condition, a consequence of one, or carries a modal such as would.</summary>
    public bool IsHypothetical { get; set; }

    /// <summary>The next clause plays the states of this one down: 压力有点大，不过还好 or some pressure, but it is manageable.</summary>
    public bool IsPlayedDown { get; set; }

    /// <summary>The clause is a vague possibility (would consider), which cancels wishes and intentions too.</summary>
    public bool IsVague { get; set; }

    /// <summary>The clause asks a question that a later clause answers with no (问他有没有…，他说没有).</summary>
    public bool IsDenied { get; set; }

    /// <summary>The clause describes a past issue that the note reports as solved, or a former habit (used to).</summary>
    public bool IsResolved { get; set; }
}

/// <summary>The lexicon matches and clauses of one note, with the helpers that scope rules need.</summary>
internal sealed partial class NoteScan
{
    private NoteScan(string text, NoteLexicon lexicon, List<TermMatch> matches, List<Clause> clauses)
    {
        Text = text;
        Lexicon = lexicon;
        Matches = matches;
        Clauses = clauses;
    }

    public string Text { get; }

    public NoteLexicon Lexicon { get; }

    public List<TermMatch> Matches { get; }

    public List<Clause> Clauses { get; }

    public static NoteScan Create(string text, NoteLexicon lexicon)
    {
        List<TermMatch> matches = lexicon.Matcher.FindAll(text);
        NoteScan scan = new(text, lexicon, matches, []);
        scan.Segment();
        scan.TrackSubjects();
        scan.MarkHypotheticalClauses();
        scan.MarkResolvedClauses();
        scan.MarkDeniedQuestions();
        scan.MarkPlayedDownClauses();
        return scan;
    }

    /// <summary>Returns the index of the first match that starts at or after <paramref name="position"/>.</summary>
    public int FirstMatchAtOrAfter(int position)
    {
        int low = 0;
        int high = Matches.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (Matches[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    public LexiconEntry[] EntriesOf(TermMatch match) => Lexicon.Entries[match.TermId];

    public bool Has(TermMatch match, TermKind kind) => (Lexicon.KindMasks[match.TermId] & (1 << (int)kind)) != 0;

    public bool ClauseHas(Clause clause, TermKind kind)
    {
        for (int i = clause.FirstMatch; i < clause.EndMatch; i++)
        {
            if (Has(Matches[i], kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Counts the tokens in <c>[from, to)</c>: each CJK character is one token and each run of
    /// ASCII letters or digits is one token. Spaces and punctuation do not count. Counting goes
    /// backwards from <paramref name="to"/> and stops once the count exceeds <paramref name="limit"/>,
    /// so checking a small window costs little however far away <paramref name="from"/> is.
    /// </summary>
    public int CountTokens(int from, int to, int limit = int.MaxValue)
    {
        int tokens = 0;
        bool inWord = false;
        for (int i = to - 1; i >= from && tokens <= limit; i--)
        {
            char c = Text[i];
            if (TermMatcher.IsAsciiWordChar(c))
            {
                tokens += inWord ? 0 : 1;
                inWord = true;
                continue;
            }

            inWord = false;
            if (c >= '\u2E80' && !char.IsPunctuation(c) && !char.IsSymbol(c) && !char.IsLowSurrogate(c))
            {
                tokens++;
            }
        }

        return tokens;
    }
}
