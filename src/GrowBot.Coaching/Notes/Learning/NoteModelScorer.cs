namespace GrowBot.Coaching.Notes.Learning;

/// <summary>A signal the note model adds to the rules' findings, with the clause that carries most of its weight.</summary>
internal readonly record struct ModelSignal(string Code, int Start, int End);

/// <summary>
/// Applies a <see cref="NoteModel"/> to one scanned note. The model adds a signal that the rules
/// did not find when its probability passes <see cref="AddThreshold"/>, both over the whole note
/// and over the clauses in scope for the signal (not resolved, not a vague or hypothetical state,
/// not another person's). It also scores the sentiment from the n-grams and the final signals.
/// </summary>
internal sealed class NoteModelScorer
{
    /// <summary>The probability above which the model adds a signal that the rules missed.</summary>
    public const double AddThreshold = 0.4;

    private readonly NoteModel _model;
    private readonly NoteScan _scan;
    private readonly List<NoteFeature> _features;
    private readonly HashSet<ulong> _distinct;
    private readonly double[] _logits;

    public NoteModelScorer(NoteModel model, NoteScan scan)
    {
        _model = model;
        _scan = scan;
        _features = NoteFeatureExtractor.Extract(scan);
        _distinct = _features.Select(static feature => feature.Hash).ToHashSet();
        _logits = model.Logits(_distinct);
    }

    public double Probability(string label) => NoteModel.Probability(_logits[_model.IndexOf(label)]);

    /// <summary>
    /// Returns the signals that the model finds and that <paramref name="found"/> does not contain
    /// yet. For each code, only the clauses in scope for it count: the model scores the features of
    /// those clauses, and the clause with the largest share of the weight is the evidence.
    /// </summary>
    public List<ModelSignal> AddedSignals(IReadOnlySet<string> found)
    {
        List<ModelSignal> added = [];
        foreach (string code in NoteSignalCodes.All)
        {
            if (found.Contains(code) || Probability(code) <= AddThreshold)
            {
                continue;
            }

            int label = _model.IndexOf(code);
            bool[] inScope = _scan.Clauses.Select(clause => IsInScope(code, clause)).ToArray();
            HashSet<ulong> scoped = _features.Where(feature => inScope[feature.Clause]).Select(static feature => feature.Hash).ToHashSet();
            if (NoteModel.Probability(_model.Logits(scoped)[label]) <= AddThreshold)
            {
                continue;
            }

            Clause evidence = _scan.Clauses[StrongestClause(label, inScope)];
            (int start, int end) = Trim(evidence.Start, evidence.End);
            added.Add(new ModelSignal(code, start, end));
        }

        return added;
    }

    /// <summary>Scores the sentiment from the note's n-grams, the signals finally reported and the rules' own sentiment.</summary>
    public NoteSentiment Sentiment(IEnumerable<string> signals, NoteSentiment ruleSentiment)
    {
        double[] logits = (double[])_logits.Clone();
        foreach (ulong feature in NoteModelTrainer.SentimentInputs(signals, ruleSentiment))
        {
            for (int label = 0; label < logits.Length; label++)
            {
                logits[label] += _model.Weight(feature, label);
            }
        }

        return Enum.GetValues<NoteSentiment>().MaxBy(sentiment => logits[_model.IndexOf(NoteModel.SentimentLabel(sentiment))]);
    }

    /// <summary>Returns the index of the in-scope clause whose distinct features add the most weight to <paramref name="label"/>.</summary>
    private int StrongestClause(int label, bool[] inScope)
    {
        double[] weights = new double[_scan.Clauses.Count];
        HashSet<(ulong, int)> seen = [];
        foreach (NoteFeature feature in _features)
        {
            if (inScope[feature.Clause] && seen.Add((feature.Hash, feature.Clause)))
            {
                weights[feature.Clause] += _model.Weight(feature.Hash, label);
            }
        }

        int strongest = Array.IndexOf(inScope, true);
        for (int clause = strongest + 1; clause < weights.Length; clause++)
        {
            strongest = inScope[clause] && weights[clause] > weights[strongest] ? clause : strongest;
        }

        return strongest;
    }

    /// <summary>
    /// Applies the scope rules of <see cref="SignalDetector"/> to a whole clause: resolved, vague and
    /// denied clauses never count, conditions cancel states, and another person as the subject
    /// cancels everything but conflict, as a group does stress and mood.
    /// </summary>
    private bool IsInScope(string code, Clause clause)
    {
        bool state = SignalDetector.IsStateCode(code);
        return !clause.IsResolved && !clause.IsVague && !clause.IsDenied && !(clause.IsHypothetical && state)
            && (code == NoteSignalCodes.Conflict || !_scan.HasOtherPersonSubject(clause, clause.End))
            && !(SignalDetector.IsPersonalState(code) && _scan.HasGroupSubject(clause, clause.End));
    }

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(_scan.Text[start]) || char.IsPunctuation(_scan.Text[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(_scan.Text[end - 1]) || char.IsPunctuation(_scan.Text[end - 1])))
        {
            end--;
        }

        return (start, end);
    }
}
