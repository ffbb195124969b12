namespace GrowBot.Coaching.Notes;

internal sealed partial class NoteScan
{
    /// <summary>
    /// Splits the text into clauses at Chinese and English punctuation and before contrast words
    /// (但是, but), and groups clauses into sentences.
    /// </summary>
    private void Segment()
    {
        int clauseStart = 0;
        int sentence = 0;
        int nextMatch = 0;
        for (int i = 0; i < Text.Length; i++)
        {
            while (nextMatch < Matches.Count && Matches[nextMatch].Start < i)
            {
                nextMatch++;
            }

            if (nextMatch < Matches.Count && Matches[nextMatch].Start == i && i > clauseStart && Has(Matches[nextMatch], TermKind.Contrast))
            {
                AddClause(clauseStart, i, sentence);
                clauseStart = i;
            }

            BoundaryKind boundary = ClassifyBoundary(i);
            if (boundary == BoundaryKind.None)
            {
                continue;
            }

            AddClause(clauseStart, i, sentence);
            clauseStart = i + 1;
            if (boundary == BoundaryKind.Sentence)
            {
                sentence++;
            }
        }

        AddClause(clauseStart, Text.Length, sentence);
        AssignMatches();
    }

    private enum BoundaryKind
    {
        None,
        Clause,
        Sentence,
    }

    private BoundaryKind ClassifyBoundary(int index)
    {
        char c = Text[index];
        switch (c)
        {
            case '。' or '！' or '？' or '!' or '?' or '\n' or ';' or '；':
                return BoundaryKind.Sentence;
            case '，' or ',' or ':' or '：' or '\r' or '（' or '）' or '(' or ')':
                return BoundaryKind.Clause;
            case '.':
                return IsSentencePeriod(index) ? BoundaryKind.Sentence : BoundaryKind.None;
            default:
                return BoundaryKind.None;
        }
    }

    /// <summary>A period ends a sentence unless a letter or digit follows it directly, as in 3.5 or e.g.</summary>
    private bool IsSentencePeriod(int index) =>
        index + 1 >= Text.Length || !TermMatcher.IsAsciiWordChar(Text[index + 1]);

    /// <summary>Adds a clause unless it is empty or only white space, such as the space between a comma and but.</summary>
    private void AddClause(int start, int end, int sentence)
    {
        if (end > start && !Text.AsSpan(start, end - start).IsWhiteSpace())
        {
            Clauses.Add(new Clause(start, end, sentence));
        }
    }

    private void AssignMatches()
    {
        int matchIndex = 0;
        foreach (Clause clause in Clauses)
        {
            while (matchIndex < Matches.Count && Matches[matchIndex].Start < clause.Start)
            {
                matchIndex++;
            }

            clause.FirstMatch = matchIndex;
            while (matchIndex < Matches.Count && Matches[matchIndex].Start < clause.End)
            {
                matchIndex++;
            }

            clause.EndMatch = matchIndex;
        }
    }

    /// <summary>
    /// Marks clauses hypothetical: a condition marks its clause and the next clause of the sentence,
    /// a modal or a vague possibility only its own clause.
    /// </summary>
    private void MarkHypotheticalClauses()
    {
        for (int i = 0; i < Clauses.Count; i++)
        {
            Clause clause = Clauses[i];
            if (ClauseHas(clause, TermKind.Modal))
            {
                clause.IsHypothetical = true;
            }

            if (ClauseHas(clause, TermKind.Vague))
            {
                clause.IsHypothetical = true;
                clause.IsVague = true;
            }

            if (!ClauseHas(clause, TermKind.Condition))
            {
                continue;
            }

            clause.IsHypothetical = true;
            if (i + 1 < Clauses.Count && Clauses[i + 1].Sentence == clause.Sentence)
            {
                Clauses[i + 1].IsHypothetical = true;
            }
        }
    }

    /// <summary>
    /// A resolution marker (已经解决, sorted out) resolves its own clause and, back to the earliest
    /// clause with a past marker (之前, previously) in the same or the previous sentence, the
    /// clauses in between. A present marker with a positive cue later in its sentence (现在…干劲十足,
    /// now … energized) resolves the clauses from that past clause up to, not including, its own.
    /// A former habit (used to) resolves its own clause.
    /// </summary>
    private void MarkResolvedClauses()
    {
        for (int i = 0; i < Clauses.Count; i++)
        {
            Clause clause = Clauses[i];
            if (ClauseHas(clause, TermKind.FormerHabit))
            {
                clause.IsResolved = true;
            }

            if (ClauseHas(clause, TermKind.Present) && HasPositiveCueFrom(i))
            {
                ResolvePastClausesBefore(i);
            }

            if (!ClauseHas(clause, TermKind.Resolved))
            {
                continue;
            }

            clause.IsResolved = true;
            ResolvePastClausesBefore(i);
        }
    }

    private void ResolvePastClausesBefore(int index)
    {
        int pastClause = FindPastClauseBefore(index);
        for (int j = pastClause; j >= 0 && j < index; j++)
        {
            Clauses[j].IsResolved = true;
        }
    }

    /// <summary>Returns whether clause <paramref name="index"/> or a later clause of its sentence has a positive cue that no negator directly precedes.</summary>
    private bool HasPositiveCueFrom(int index)
    {
        int sentence = Clauses[index].Sentence;
        for (int j = index; j < Clauses.Count && Clauses[j].Sentence == sentence; j++)
        {
            for (int i = Clauses[j].FirstMatch; i < Clauses[j].EndMatch; i++)
            {
                bool negated = i > Clauses[j].FirstMatch && Has(Matches[i - 1], TermKind.Negator);
                if (!negated && Has(Matches[i], TermKind.Cue) && Array.Exists(EntriesOf(Matches[i]), static entry => entry.Kind == TermKind.Cue && entry.Weight > 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Returns the earliest clause with a past marker in the sentence of clause <paramref name="index"/> or the sentence before, or -1.</summary>
    private int FindPastClauseBefore(int index)
    {
        int sentence = Clauses[index].Sentence;
        int earliest = -1;
        for (int j = index; j >= 0 && Clauses[j].Sentence >= sentence - 1; j--)
        {
            if (ClauseHas(Clauses[j], TermKind.Past))
            {
                earliest = j;
            }
        }

        return earliest;
    }
}
