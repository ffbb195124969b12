namespace GrowBot.Coaching.Notes;

internal sealed partial class SignalDetector
{
    private SignalMention Evaluate(Clause clause, string code, int start, int end, int innerNegators, bool requiresNegation)
    {
        int negators = CountNegatorsBefore(clause, start) + innerNegators + (clause.IsDenied ? 1 : 0);
        bool negated = negators % 2 == 1 || (code != NoteSignalCodes.Learning && IsPostNegated(clause, end)) || (clause.IsPlayedDown && IsStateCode(code));
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
        else if (clause.IsVague || (clause.IsHypothetical && IsStateCode(code)))
        {
            suppression = Suppression.Hypothetical;
        }
        else if (code != NoteSignalCodes.Conflict && _scan.HasOtherPersonSubject(clause, start))
        {
            suppression = Suppression.OtherPerson;
        }
        else if (IsPersonalState(code) && _scan.HasGroupSubject(clause, start))
        {
            suppression = Suppression.OtherPerson;
        }

        return new SignalMention(code, start, end, clause.IsHypothetical, suppression);
    }

    /// <summary>Stress and mood belong to a person, so a group as the subject (团队士气低) does not give them to the employee.</summary>
    public static bool IsPersonalState(string code) => code is NoteSignalCodes.Stress or NoteSignalCodes.LowMood;

    /// <summary>
    /// Counts the negators that reach <paramref name="position"/>: the nearest one within the
    /// negation window, then each earlier one close enough to negate the one after it, as long as
    /// no signal term lies between them. A barrier (就, and) ends the reach, because a new predicate starts there. An even count cancels out (不是不想走, not that he
    /// doesn't want to).
    /// </summary>
    public int CountNegatorsBefore(Clause clause, int position)
    {
        int count = 0;
        int reach = position;
        // Matches are sorted by start, so the search begins at the last match that starts before the position.
        int last = Math.Min(clause.EndMatch, _scan.FirstMatchAtOrAfter(position)) - 1;
        for (int i = last; i >= clause.FirstMatch; i--)
        {
            TermMatch match = _scan.Matches[i];
            if (match.End > reach)
            {
                continue;
            }

            int limit = count == 0 ? NegationWindowTokens : DoubleNegationWindowTokens;
            if (_scan.CountTokens(match.End, reach, limit) > limit)
            {
                break;
            }

            if ((count > 0 && _scan.Has(match, TermKind.Signal)) || _scan.Has(match, TermKind.Barrier))
            {
                break;
            }

            if (!_scan.Has(match, TermKind.Negator))
            {
                continue;
            }

            count++;
            reach = match.Start;
        }

        return count;
    }

    private bool IsPostNegated(Clause clause, int end)
    {
        for (int i = _scan.FirstMatchAtOrAfter(end); i < clause.EndMatch; i++)
        {
            TermMatch match = _scan.Matches[i];
            if (_scan.CountTokens(end, match.Start, PostNegationWindowTokens) > PostNegationWindowTokens)
            {
                return false;
            }

            if (_scan.Has(match, TermKind.PostNegator))
            {
                return true;
            }
        }

        return false;
    }
}
