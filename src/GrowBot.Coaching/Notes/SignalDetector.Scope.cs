namespace GrowBot.Coaching.Notes;

internal sealed partial class SignalDetector
{
    private SignalMention Evaluate(Clause clause, string code, int start, int end, int innerNegators, bool requiresNegation)
    {
        int negators = CountNegatorsBefore(clause, start) + innerNegators;
        bool negated = negators % 2 == 1 || (code != NoteSignalCodes.Learning && IsPostNegated(clause, end));
        bool expressed = requiresNegation ? negated : !negated;

        Suppression suppression = Suppression.None;
        if (!expressed)
        {
            suppression = Suppression.Negated;
        }
        else if (clause.IsResolved)
        {
            suppression = Suppression.Resolved;
        }
        else if (clause.IsHypothetical && IsStateCode(code))
        {
            suppression = Suppression.Hypothetical;
        }
        else if (code != NoteSignalCodes.Conflict && HasOtherPersonSubject(clause, start))
        {
            suppression = Suppression.OtherPerson;
        }

        return new SignalMention(code, start, end, clause.IsHypothetical, suppression);
    }

    /// <summary>
    /// Counts the negators that reach <paramref name="position"/>: the nearest one within the
    /// negation window, then each earlier one close enough to negate the one after it, as long as
    /// no signal term stands between them. An even count cancels out (不是不想走, not that he
    /// doesn't want to).
    /// </summary>
    public int CountNegatorsBefore(Clause clause, int position)
    {
        int count = 0;
        int reach = position;
        for (int i = clause.EndMatch - 1; i >= clause.FirstMatch; i--)
        {
            TermMatch match = _scan.Matches[i];
            if (match.End > reach)
            {
                continue;
            }

            if (count > 0 && _scan.Has(match, TermKind.Signal))
            {
                break;
            }

            if (!_scan.Has(match, TermKind.Negator))
            {
                continue;
            }

            int window = count == 0 ? NegationWindowTokens : DoubleNegationWindowTokens;
            if (_scan.CountTokens(match.End, reach) > window)
            {
                break;
            }

            count++;
            reach = match.Start;
        }

        return count;
    }

    private bool IsPostNegated(Clause clause, int end)
    {
        for (int i = clause.FirstMatch; i < clause.EndMatch; i++)
        {
            TermMatch match = _scan.Matches[i];
            if (match.Start >= end && _scan.Has(match, TermKind.PostNegator) && _scan.CountTokens(end, match.Start) <= PostNegationWindowTokens)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns whether another person (同事, a colleague) is the subject before <paramref name="position"/>:
    /// the person is not the object of a preposition (和主管, with his manager) and no self marker
    /// (他自己, himself) follows it.
    /// </summary>
    public bool HasOtherPersonSubject(Clause clause, int position)
    {
        bool otherPerson = false;
        int lastPrepositionEnd = -1;
        for (int i = clause.FirstMatch; i < clause.EndMatch && _scan.Matches[i].End <= position; i++)
        {
            TermMatch match = _scan.Matches[i];
            if (_scan.Has(match, TermKind.Preposition))
            {
                lastPrepositionEnd = match.End;
            }
            else if (_scan.Has(match, TermKind.Self))
            {
                otherPerson = false;
            }
            else if (_scan.Has(match, TermKind.OtherPerson))
            {
                bool isObject = lastPrepositionEnd >= 0 && _scan.CountTokens(lastPrepositionEnd, match.Start) <= PrepositionWindowTokens;
                otherPerson |= !isObject;
            }
        }

        return otherPerson;
    }
}
