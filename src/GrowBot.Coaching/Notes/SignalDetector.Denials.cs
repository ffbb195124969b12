namespace GrowBot.Coaching.Notes;

internal sealed partial class SignalDetector
{
    /// <summary>
    /// Within a sentence, a later negated mention of a signal overrides earlier mentions of it in
    /// earlier clauses: 猎头找过他，但他明确说不打算走 or a recruiter called, but he won't leave. The
    /// note reports the mention and then the employee's answer to it, and the answer counts.
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
                if (earlier.Code == denial.Code && earlier.Suppression == Suppression.None && earlier.Clause < denial.Clause
                    && _scan.Clauses[earlier.Clause].Sentence == sentence)
                {
                    mentions[j] = earlier with { Suppression = Suppression.Negated };
                }
            }
        }
    }

    /// <summary>Returns whether no mention of the same code starts later in the same sentence.</summary>
    private bool IsLastOfCodeInSentence(List<SignalMention> mentions, int index)
    {
        SignalMention mention = mentions[index];
        int sentence = _scan.Clauses[mention.Clause].Sentence;
        foreach (SignalMention other in mentions)
        {
            if (other.Code == mention.Code && other.Start > mention.Start && _scan.Clauses[other.Clause].Sentence == sentence)
            {
                return false;
            }
        }

        return true;
    }
}
