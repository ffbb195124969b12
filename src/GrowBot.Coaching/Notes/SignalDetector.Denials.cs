namespace GrowBot.Coaching.Notes;

internal sealed partial class SignalDetector
{
    /// <summary>Per clause: whether it contains a concessive word, computed on first use.</summary>
    private bool[]? _concessions;

    /// <summary>
    /// Within a sentence, a later negated mention of a signal overrides earlier mentions of it in
    /// earlier clauses: 猎头找过他，但他明确说不打算走 or a recruiter called, but he won't leave. The
    /// note reports the mention and then the employee's answer to it, and the answer counts. A
    /// concessive clause after the answer is background too: 我不会走的，虽然猎头一直在找.
    /// </summary>
    /// <remarks>
    /// The answer is the last mention of the code in the sentence outside concessive clauses. The
    /// mentions are grouped by sentence and code first, so a long note costs time linear in its mentions, not quadratic.
    /// </remarks>
    private void ApplyLaterDenials(List<SignalMention> mentions)
    {
        IEnumerable<IGrouping<(int Sentence, string Code), int>> groups = Enumerable.Range(0, mentions.Count)
            .GroupBy(index => (_scan.Clauses[mentions[index].Clause].Sentence, mentions[index].Code));
        foreach (IGrouping<(int Sentence, string Code), int> group in groups)
        {
            List<int> answers = LastOutsideConcessions(mentions, group);
            foreach (int answer in answers.Where(index => mentions[index].Suppression == Suppression.Negated))
            {
                SuppressBackground(mentions, group, mentions[answer].Clause);
            }
        }
    }

    /// <summary>Returns the mentions of the group that start last among those outside concessive clauses.</summary>
    private List<int> LastOutsideConcessions(List<SignalMention> mentions, IEnumerable<int> group)
    {
        List<int> candidates = group.Where(index => !IsConcession(mentions[index].Clause)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        int lastStart = candidates.Max(index => mentions[index].Start);
        return candidates.Where(index => mentions[index].Start == lastStart).ToList();
    }

    private void SuppressBackground(List<SignalMention> mentions, IEnumerable<int> group, int answerClause)
    {
        foreach (int index in group)
        {
            SignalMention mention = mentions[index];
            bool background = mention.Clause < answerClause || (mention.Clause > answerClause && IsConcession(mention.Clause));
            if (mention.Suppression == Suppression.None && background)
            {
                mentions[index] = mention with { Suppression = Suppression.Negated };
            }
        }
    }

    private bool IsConcession(int clause)
    {
        _concessions ??= _scan.Clauses.Select(candidate => _scan.ClauseHas(candidate, TermKind.Concession)).ToArray();
        return _concessions[clause];
    }
}
