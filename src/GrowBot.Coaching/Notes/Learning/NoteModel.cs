namespace GrowBot.Coaching.Notes.Learning;

/// <summary>
/// A linear note model: one logistic regression per signal over n-gram features, and one per
/// sentiment class over n-gram features plus the detected signals (<c>@stress</c>). It is
/// immutable once loaded and thread-safe.
/// </summary>
internal sealed partial class NoteModel
{
    public const string FormatName = "growbot-note-model";
    public const int FormatVersion = 1;
    private const string ResourceName = "GrowBot.Coaching.Notes.Learning.note-model.json";

    private static readonly Lazy<NoteModel> s_default = new(LoadEmbedded);

    private readonly Dictionary<ulong, float[]> _weights;
    private readonly float[] _bias;

    public NoteModel(IReadOnlyList<string> labels, float[] bias, Dictionary<ulong, float[]> weights, string trainedOn, int noteCount)
    {
        if (labels.Count != bias.Length || weights.Values.Any(row => row.Length != labels.Count))
        {
            throw new ArgumentException("Every weight row and the bias need one value per label.", nameof(weights));
        }

        Labels = labels;
        _bias = bias;
        _weights = weights;
        TrainedOn = trainedOn;
        NoteCount = noteCount;
    }

    /// <summary>The model shipped with GrowBot, trained on the labelled notes listed in Training/training-set.txt.</summary>
    public static NoteModel Default => s_default.Value;

    /// <summary>Signal codes first, then <c>sentiment:negative</c>, <c>sentiment:neutral</c>, <c>sentiment:positive</c>.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The SHA-256 of the training notes, so a test can tell when the shipped model is stale.</summary>
    public string TrainedOn { get; }

    public int NoteCount { get; }

    public int FeatureCount => _weights.Count;

    public static string SentimentLabel(NoteSentiment sentiment) => "sentiment:" + sentiment.ToString().ToLowerInvariant();

    public int IndexOf(string label)
    {
        for (int i = 0; i < Labels.Count; i++)
        {
            if (string.Equals(Labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(label), label, "The model has no such label.");
    }

    /// <summary>Returns the logit of each label for the distinct features of a note.</summary>
    public double[] Logits(IReadOnlyCollection<ulong> distinctFeatures)
    {
        double[] logits = _bias.Select(static value => (double)value).ToArray();
        foreach (ulong feature in distinctFeatures)
        {
            if (_weights.TryGetValue(feature, out float[]? row))
            {
                for (int label = 0; label < row.Length; label++)
                {
                    logits[label] += row[label];
                }
            }
        }

        return logits;
    }

    /// <summary>Returns the weight of <paramref name="feature"/> for <paramref name="label"/>, 0 when the model does not know it.</summary>
    public double Weight(ulong feature, int label) => _weights.TryGetValue(feature, out float[]? row) ? row[label] : 0;

    public static double Probability(double logit) => 1 / (1 + Math.Exp(-Math.Clamp(logit, -30, 30)));

    private static NoteModel LoadEmbedded()
    {
        using Stream stream = typeof(NoteModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded note model {ResourceName} is missing.");
        return Load(stream);
    }
}
