namespace GrowBot.Coaching.Notes.Learning;

/// <summary>A signal the note model adds to the rules' findings, with the clause that carries most of its weight.</summary>
internal readonly record struct ModelSignal(string Code, int Start, int End);

/// <summary>
/// Applies a <see cref="NoteModel"/> to one scanned note. The model adds the signals the rules did
/// not find when its probability passes <see cref="AddThreshold"/>, and only when the clause that
/// carries most of the weight is in scope (not resolved, not a vague or hypothetical state, not
/// another person's). It also scores the sentiment from the n-grams and the final signals.
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

    /// <summary>Returns the signals that the model finds and that <paramref name="found"/> does not hold yet.</summary>
    public List<ModelSignal> AddedSignals(IReadOnlySet<string> found)
    {
        List<ModelSignal> added = [];
        foreach (string code in NoteSignalCodes.All)
        {
            if (found.Contains(code) || Probability(code) <= AddThreshold)
            {
                continue;
            }

            if (StrongestFeature(_model.IndexOf(code)) is NoteFeature evidence && IsInScope(code, evidence))
            {
                Clause clause = _scan.Clauses[evidence.Clause];
                (int start, int end) = Trim(clause.Start, clause.End);
                added.Add(new ModelSignal(code, start, end));
            }
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

    /// <summary>Returns the feature occurrence with the largest positive weight for <paramref name="label"/>.</summary>
    private NoteFeature? StrongestFeature(int label)
    {
        NoteFeature? best = null;
        double bestWeight = 0;
        foreach (NoteFeature feature in _features)
        {
            double weight = _model.Weight(feature.Hash, label);
            if (weight > bestWeight)
            {
                best = feature;
                bestWeight = weight;
            }
        }

        return best;
    }

    private bool IsInScope(string code, NoteFeature evidence)
    {
        Clause clause = _scan.Clauses[evidence.Clause];
        bool state = SignalDetector.IsStateCode(code);
        bool personal = code is NoteSignalCodes.Stress or NoteSignalCodes.LowMood;
        return !clause.IsResolved && !clause.IsVague && !clause.IsDenied && !(clause.IsHypothetical && state)
            && (code == NoteSignalCodes.Conflict || !_scan.HasOtherPersonSubject(clause, evidence.Start))
            && !(personal && _scan.HasGroupSubject(clause, evidence.Start));
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
