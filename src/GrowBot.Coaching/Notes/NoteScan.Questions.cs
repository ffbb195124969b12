namespace GrowBot.Coaching.Notes;

internal sealed partial class NoteScan
{
    /// <summary>How many clauses back a denial (他说没有, said no) looks for the question it answers.</summary>
    private const int DenialReachClauses = 2;

    /// <summary>
    /// Marks a question as denied when a later clause answers it with no: 问他有没有 burnout，他说没有
    /// or Interviewing elsewhere? He said no. The question must be at most two clauses back, in
    /// the sentence of the answer or the one before. The clauses from the question up to the
    /// answer are denied, so what they ask about is negated.
    /// </summary>
    private void MarkDeniedQuestions()
    {
        for (int i = 1; i < Clauses.Count; i++)
        {
            if (!ClauseHas(Clauses[i], TermKind.Denial))
            {
                continue;
            }

            for (int j = i - 1; j >= 0 && j >= i - DenialReachClauses && Clauses[j].Sentence >= Clauses[i].Sentence - 1; j--)
            {
                if (!IsQuestion(Clauses[j]))
                {
                    continue;
                }

                for (int k = j; k < i; k++)
                {
                    Clauses[k].IsDenied = true;
                }

                break;
            }
        }
    }

    private bool IsQuestion(Clause clause) =>
        ClauseHas(clause, TermKind.Question) || (clause.End < Text.Length && Text[clause.End] is '?' or '？');

    /// <summary>
    /// Marks a clause as played down when the next clause of its sentence starts with a contrast
    /// word and only says that things are fine: 压力有点大，不过还好 or some pressure, but it is
    /// manageable. A next clause that names a signal of its own is a new statement, not a comment.
    /// </summary>
    private void MarkPlayedDownClauses()
    {
        for (int i = 0; i + 1 < Clauses.Count; i++)
        {
            Clause next = Clauses[i + 1];
            if (next.Sentence != Clauses[i].Sentence || next.FirstMatch >= next.EndMatch || !Has(Matches[next.FirstMatch], TermKind.Contrast))
            {
                continue;
            }

            Clauses[i].IsPlayedDown = ClauseHas(next, TermKind.PostNegator) && !ClauseHas(next, TermKind.Signal) && !ClauseHas(next, TermKind.Part);
        }
    }
}
