namespace GrowBot.Coaching.Notes;

internal sealed partial class NoteScan
{
    /// <summary>Maximum tokens between a preposition and the person it makes an object (和直属主管).</summary>
    private const int PrepositionWindowTokens = 3;

    /// <summary>Per match index: whether another person is the clause subject once that match has been read.</summary>
    private bool[] _otherPersonSubjectAfter = [];

    /// <summary>Per match index: whether a group (团队, the team) is the clause subject once that match has been read.</summary>
    private bool[] _groupSubjectAfter = [];

    /// <summary>
    /// Returns whether another person (同事, a colleague) is the subject before <paramref name="position"/>
    /// in <paramref name="clause"/>: the person is not the object of a preposition (和主管, with his
    /// manager) and no self marker (他自己, himself) follows it.
    /// </summary>
    public bool HasOtherPersonSubject(Clause clause, int position)
    {
        int last = FirstMatchAtOrAfter(position) - 1;
        while (last >= clause.FirstMatch && Matches[last].End > position)
        {
            last--;
        }

        return last >= clause.FirstMatch && _otherPersonSubjectAfter[last];
    }

    /// <summary>Returns whether a group (团队, the team) is the subject before <paramref name="position"/>, as for <see cref="HasOtherPersonSubject"/>.</summary>
    public bool HasGroupSubject(Clause clause, int position)
    {
        int last = FirstMatchAtOrAfter(position) - 1;
        while (last >= clause.FirstMatch && Matches[last].End > position)
        {
            last--;
        }

        return last >= clause.FirstMatch && _groupSubjectAfter[last];
    }

    private void TrackSubjects()
    {
        _otherPersonSubjectAfter = new bool[Matches.Count];
        _groupSubjectAfter = new bool[Matches.Count];
        foreach (Clause clause in Clauses)
        {
            bool otherPerson = false;
            bool group = false;
            int lastPrepositionEnd = -1;
            for (int i = clause.FirstMatch; i < clause.EndMatch; i++)
            {
                TermMatch match = Matches[i];
                if (Has(match, TermKind.Preposition))
                {
                    lastPrepositionEnd = match.End;
                }
                else if (Has(match, TermKind.Self))
                {
                    otherPerson = false;
                    group = false;
                }
                else if (Has(match, TermKind.Group))
                {
                    group |= !IsObjectOfPreposition(lastPrepositionEnd, match);
                }
                else if (Has(match, TermKind.OtherPerson))
                {
                    otherPerson |= !IsObjectOfPreposition(lastPrepositionEnd, match);
                }

                _otherPersonSubjectAfter[i] = otherPerson;
                _groupSubjectAfter[i] = group;
            }
        }
    }

    private bool IsObjectOfPreposition(int lastPrepositionEnd, TermMatch match) =>
        lastPrepositionEnd >= 0 && CountTokens(lastPrepositionEnd, match.Start, PrepositionWindowTokens) <= PrepositionWindowTokens;
}
