namespace GrowBot.Coaching.Notes;

/// <summary>
/// Scores the overall sentiment from the detected signals and the weighted emotional cues.
/// </summary>
/// <remarks>
/// The score adds five parts. Each detected problem signal adds a fixed negative weight. The
/// weight is halved for a state that only appears under a condition, but a conditional threat to
/// leave keeps its full weight. Wishes to grow (promotion, learning) add a positive weight only when the note raises no
/// problem, so a course asked for because of complaints does not make the note positive. Each cue
/// about the employee adds its weight, and a negated or denied cue adds minus half of it, so "not
/// happy" is mildly negative. When no problem signal is detected, each negative signal that the
/// note explicitly negates or denies (没有压力, not stressed) adds 0.5, up to 1.5. A resolved issue adds 1,
/// and a leaving decision described calmly (交接, still deciding) adds 0.5, so a settled
/// resignation reads neutral. Scores at or below −1.5 are negative, scores at or above 1 are
/// positive, and the rest are neutral.
/// </remarks>
internal sealed class SentimentScorer(NoteScan scan, SignalDetector detector)
{
    // NOTE: the weights and thresholds were set by hand against the development corpus, the three
    // extra sets and the tuning half of the blind set (182 labelled notes), so they are estimates,
    // not fitted values.
    private const double NegativeThreshold = -1.5;
    private const double PositiveThreshold = 1.0;
    private const double ReliefPerSignal = 0.5;
    private const double MaxRelief = 1.5;
    private const double ResolvedBonus = 1.0;
    private const double ComposureBonus = 0.5;

    private static readonly Dictionary<string, double> s_signalWeights = new()
    {
        [NoteSignalCodes.Stress] = -2,
        [NoteSignalCodes.LowMood] = -2,
        [NoteSignalCodes.AttritionRisk] = -1.5,
        [NoteSignalCodes.Conflict] = -1.5,
        [NoteSignalCodes.CustomerComplaint] = -1.5,
        [NoteSignalCodes.Workload] = -1,
        [NoteSignalCodes.SupportNeeded] = -0.5,
        [NoteSignalCodes.Promotion] = 1.5,
        [NoteSignalCodes.Learning] = 1.5,
    };

    private readonly NoteScan _scan = scan;
    private readonly SignalDetector _detector = detector;

    public NoteSentiment Score(IReadOnlyList<SignalMention> mentions, List<EmotionalCue> cues)
    {
        double score = ScoreSignals(mentions) + ScoreCues(cues);
        return score <= NegativeThreshold ? NoteSentiment.Negative
            : score >= PositiveThreshold ? NoteSentiment.Positive
            : NoteSentiment.Neutral;
    }

    private double ScoreSignals(IReadOnlyList<SignalMention> mentions)
    {
        Dictionary<string, double> detected = [];
        HashSet<string> relieved = [];
        bool resolved = false;
        foreach (SignalMention mention in mentions)
        {
            double weight = s_signalWeights[mention.Code];
            switch (mention.Suppression)
            {
                case Suppression.None:
                    // A conditional threat to leave (如果…就走) weighs as much as an open one.
                    double full = mention.IsHypothetical && mention.Code != NoteSignalCodes.AttritionRisk ? weight / 2 : weight;
                    detected[mention.Code] = detected.TryGetValue(mention.Code, out double seen) && Math.Abs(seen) >= Math.Abs(full) ? seen : full;
                    break;
                case Suppression.Negated when weight < 0:
                    relieved.Add(mention.Code);
                    break;
                case Suppression.Resolved:
                    resolved = true;
                    break;
            }
        }

        bool anyProblemSignal = detected.Keys.Any(code => s_signalWeights[code] <= -1);
        double relief = anyProblemSignal ? 0 : Math.Min(MaxRelief, relieved.Count * ReliefPerSignal);
        double signals = detected.Values.Where(weight => weight < 0 || !anyProblemSignal).Sum();
        double composure = detected.ContainsKey(NoteSignalCodes.AttritionRisk) && HasComposure() ? ComposureBonus : 0;
        return signals + relief + composure + (resolved ? ResolvedBonus : 0);
    }

    private bool HasComposure()
    {
        foreach (TermMatch match in _scan.Matches)
        {
            if (_scan.Has(match, TermKind.Composure))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the cues about the employee to <paramref name="cues"/> and returns their weight.</summary>
    private double ScoreCues(List<EmotionalCue> cues)
    {
        double score = 0;
        foreach (Clause clause in _scan.Clauses)
        {
            for (int i = clause.FirstMatch; i < clause.EndMatch; i++)
            {
                TermMatch match = _scan.Matches[i];
                LexiconEntry? cue = _scan.Has(match, TermKind.Cue) ? Array.Find(_scan.EntriesOf(match), static entry => entry.Kind == TermKind.Cue) : null;
                if (cue is null || _scan.HasOtherPersonSubject(clause, match.Start) || (clause.IsResolved && cue.Weight < 0))
                {
                    continue;
                }

                int negators = _detector.CountNegatorsBefore(clause, match.Start) + (clause.IsDenied ? 1 : 0);
                if (negators % 2 == 1)
                {
                    score -= cue.Weight / 2;
                    continue;
                }

                score += cue.Weight;
                EvidenceSpan span = new(match.Start, match.Length, _scan.Text.Substring(match.Start, match.Length));
                NoteSentiment polarity = cue.Weight < 0 ? NoteSentiment.Negative : NoteSentiment.Positive;
                cues.Add(new EmotionalCue(_scan.Lexicon.Terms[match.TermId], polarity, span));
            }
        }

        return score;
    }
}
