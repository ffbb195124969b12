namespace GrowBot.Coaching.Notes;

/// <summary>Why a mention of a signal does not count as the employee's signal.</summary>
internal enum Suppression
{
    None,
    Negated,
    Hypothetical,
    OtherPerson,
    Resolved,
}

/// <summary>One mention of a signal: the evidence span and whether scope rules suppress it.</summary>
/// <param name="Clause">The index of the clause of the mention in <see cref="NoteScan.Clauses"/>.</param>
internal readonly record struct SignalMention(string Code, int Start, int End, bool IsHypothetical, Suppression Suppression, int Clause = -1);

/// <summary>
/// Finds signal mentions in a scanned note from single terms and from combination rules, then
/// applies the scope rules: negation (with double negation), hypothetical clauses, other people
/// as the subject, and resolved past issues.
/// </summary>
internal sealed partial class SignalDetector(NoteScan scan)
{
    /// <summary>Maximum tokens between a negator and what it negates.</summary>
    private const int NegationWindowTokens = 5;

    /// <summary>Maximum tokens between two negators that negate each other (不是不想走, not that he doesn't want).</summary>
    private const int DoubleNegationWindowTokens = 3;

    /// <summary>Maximum tokens between a mention and a post-negator such as 不大 or manageable.</summary>
    private const int PostNegationWindowTokens = 3;

    /// <summary>
    /// Signals that describe a state. Conditions and modals cancel them but not wishes and
    /// intentions (promotion, learning, support, leaving), because "if … I will leave" still
    /// expresses the intention.
    /// </summary>
    private static readonly HashSet<string> s_stateCodes =
    [
        NoteSignalCodes.Stress, NoteSignalCodes.Workload, NoteSignalCodes.CustomerComplaint, NoteSignalCodes.Conflict, NoteSignalCodes.LowMood,
    ];

    private readonly NoteScan _scan = scan;

    public static bool IsStateCode(string code) => s_stateCodes.Contains(code);

    public List<SignalMention> FindMentions()
    {
        List<SignalMention> mentions = [];
        for (int c = 0; c < _scan.Clauses.Count; c++)
        {
            int first = mentions.Count;
            AddTermMentions(_scan.Clauses[c], mentions);
            AddCombinationMentions(_scan.Clauses[c], mentions);
            for (int m = first; m < mentions.Count; m++)
            {
                mentions[m] = mentions[m] with { Clause = c };
            }
        }

        ApplyLaterDenials(mentions);
        return mentions;
    }

    private void AddTermMentions(Clause clause, List<SignalMention> mentions)
    {
        for (int i = clause.FirstMatch; i < clause.EndMatch; i++)
        {
            TermMatch match = _scan.Matches[i];
            foreach (LexiconEntry entry in _scan.EntriesOf(match))
            {
                if (entry.Kind == TermKind.Signal)
                {
                    mentions.Add(Evaluate(clause, entry.Code!, match.Start, match.End, innerNegators: 0, entry.RequiresNegation));
                }
            }
        }
    }

    private void AddCombinationMentions(Clause clause, List<SignalMention> mentions)
    {
        foreach (CombinationRule rule in _scan.Lexicon.Rules)
        {
            for (int a = clause.FirstMatch; a < clause.EndMatch; a++)
            {
                if (HasPart(_scan.Matches[a], rule.First))
                {
                    AddPairsFrom(clause, rule, a, mentions);
                }
            }
        }
    }

    /// <summary>Pairs the first-group match at <paramref name="a"/> with second-group matches within the rule's gap.</summary>
    private void AddPairsFrom(Clause clause, CombinationRule rule, int a, List<SignalMention> mentions)
    {
        for (int b = a + 1; b < clause.EndMatch && WithinGap(a, b, rule); b++)
        {
            if (HasPart(_scan.Matches[b], rule.Second))
            {
                AddPair(clause, rule, a, b, mentions);
            }
        }

        for (int b = a - 1; rule.AnyOrder && b >= clause.FirstMatch && WithinGap(b, a, rule); b--)
        {
            if (HasPart(_scan.Matches[b], rule.Second))
            {
                AddPair(clause, rule, b, a, mentions);
            }
        }
    }

    private bool WithinGap(int earlier, int later, CombinationRule rule) =>
        _scan.CountTokens(_scan.Matches[earlier].End, _scan.Matches[later].Start, rule.MaxGapTokens) <= rule.MaxGapTokens;

    private void AddPair(Clause clause, CombinationRule rule, int earlier, int later, List<SignalMention> mentions)
    {
        int innerNegators = CountNegatorsBetween(earlier + 1, later);
        foreach (string code in rule.Codes)
        {
            mentions.Add(Evaluate(clause, code, _scan.Matches[earlier].Start, _scan.Matches[later].End, innerNegators, requiresNegation: false));
        }
    }

    private bool HasPart(TermMatch match, string group) => _scan.Has(match, TermKind.Part) && _scan.Lexicon.IsPart(match.TermId, group);

    private int CountNegatorsBetween(int fromMatch, int toMatch)
    {
        int count = 0;
        for (int i = fromMatch; i < toMatch; i++)
        {
            count += _scan.Has(_scan.Matches[i], TermKind.Negator) ? 1 : 0;
        }

        return count;
    }
}
