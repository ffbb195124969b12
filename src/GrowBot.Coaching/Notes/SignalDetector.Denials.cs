namespace GrowBot.Coaching.Notes;

internal sealed partial class SignalDetector
{
    /// <summary>
    /// Within a sentence, a later negated mention of a signal overrides earlier mentions of it in
    /// earlier clauses: 猎头找过他，但他明确说不打算走 or a recruiter called, but he won't leave. The
    /// note reports the mention and then the employee's answer to it, and the answer counts. A
    /// concessive clause after the answer is background too: 我不会走的，虽然猎头一直在找.
    /// </summary>
    private void ApplyLaterDenials(List<SignalMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            SignalMention denial = mentions[i];
            if (denial.Suppression != Suppression.Negated || !IsLastOfCodeInSentence(mentions, i))
            {
                continue;
            }

            int sentence = _scan.Clauses[denial.Clause].Sentence;
            for (int j = 0; j < mentions.Count; j++)
            {
                SignalMention earlier = mentions[j];
                bool background = earlier.Clause < denial.Clause || (earlier.Clause > denial.Clause && IsConcession(earlier.Clause));
                if (earlier.Code == denial.Code && earlier.Suppression == Suppression.None && background
                    && _scan.Clauses[earlier.Clause].Sentence == sentence)
                {
                    mentions[j] = earlier with { Suppression = Suppression.Negated };
                }
            }
        }
    }

    private bool IsConcession(int clause) => _scan.ClauseHas(_scan.Clauses[clause], TermKind.Concession);

    /// <summary>Returns whether no mention of the same code starts later in the same sentence, outside concessive clauses.</summary>
    private bool IsLastOfCodeInSentence(List<SignalMention> mentions, int index)
    {
        SignalMention mention = mentions[index];
        int sentence = _scan.Clauses[mention.Clause].Sentence;
        foreach (SignalMention other in mentions)
        {
            if (other.Code == mention.Code && other.Start > mention.Start && _scan.Clauses[other.Clause].Sentence == sentence && !IsConcession(other.Clause))
            {
                return false;
            }
        }

        return true;
    }
}
