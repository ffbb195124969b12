using System.Security.Cryptography;
using System.Text;
using LabelledNote = GrowBot.Coaching.Notes.NoteCorpusEvaluator.LabelledNote;

namespace GrowBot.Coaching.Notes.Learning;

/// <summary>
/// Trains a <see cref="NoteModel"/> from labelled notes with stochastic gradient descent on an
/// L2-regularised logistic loss, one binary model per label. Training is deterministic: the same
/// notes in the same order give the same model.
/// </summary>
internal sealed class NoteModelTrainer
{
    private const int Epochs = 30;
    private const double LearningRate = 0.3;
    private const double L2 = 1e-3;
    private const int Seed = 17;

    /// <summary>Features seen in fewer notes than this are dropped: they cannot generalise and only grow the model.</summary>
    private const int MinNoteCount = 2;

    /// <summary>Weights smaller than this are not stored.</summary>
    private const float MinWeight = 0.05f;

    private readonly NoteLexicon _lexicon;

    public NoteModelTrainer()
        : this(NoteLexicon.Default)
    {
    }

    internal NoteModelTrainer(NoteLexicon lexicon) => _lexicon = lexicon;

    /// <summary>Reads labelled notes in the corpus JSONL format and fails on the first invalid line.</summary>
    public static List<LabelledNote> ReadNotes(TextReader reader, string source)
    {
        List<LabelledNote> notes = [];
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!NoteCorpusEvaluator.TryParse(line, out LabelledNote? note, out string? error))
            {
                throw new InvalidDataException($"{source} line {lineNumber}: {error}");
            }

            notes.Add(note);
        }

        return notes;
    }

    public (NoteModel Model, Dictionary<ulong, string> Names) Train(IReadOnlyList<LabelledNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        Dictionary<ulong, string> names = [];
        List<NoteScan> scans = notes.Select(note => NoteScan.Create(note.Text, _lexicon)).ToList();
        List<ulong[]> textFeatures = scans.Select(scan => Distinct(NoteFeatureExtractor.Extract(scan, names))).ToList();
        foreach (string name in NoteSignalCodes.All.Select(SignalFeature).Concat(Enum.GetValues<NoteSentiment>().Select(RuleSentimentFeature)))
        {
            names[FeatureHash.Named(name)] = name;
        }

        HashSet<ulong> frequent = KeepFrequent(textFeatures);
        List<string> labels = [.. NoteModel.ExpectedLabels()];
        Dictionary<ulong, int> index = [];
        int[][] signalRows = textFeatures.Select(row => Encode(row.Where(frequent.Contains), index)).ToArray();
        int[][] sentimentRows = notes.Select((note, n) => Encode(textFeatures[n].Where(frequent.Contains).Concat(SentimentInputs(note.Signals, RuleSentiment(scans[n]))), index)).ToArray();

        float[] bias = new float[labels.Count];
        float[][] columns = new float[labels.Count][];
        int[] order = Shuffled(notes.Count);
        for (int label = 0; label < labels.Count; label++)
        {
            bool isSignal = label < NoteSignalCodes.All.Count;
            bool[] targets = notes.Select(note => isSignal ? note.Signals.Contains(labels[label]) : NoteModel.SentimentLabel(note.Sentiment) == labels[label]).ToArray();
            (columns[label], bias[label]) = Fit(isSignal ? signalRows : sentimentRows, targets, index.Count, order);
        }

        Dictionary<ulong, float[]> weights = [];
        foreach ((ulong hash, int feature) in index)
        {
            float[] row = labels.Select((_, label) => Math.Abs(columns[label][feature]) >= MinWeight ? columns[label][feature] : 0f).ToArray();
            if (row.Any(static weight => weight != 0))
            {
                weights[hash] = row;
            }
        }

        return (new NoteModel(labels, bias, weights, Fingerprint(notes), notes.Count), names);
    }

    /// <summary>The whole-note feature of a detected signal, an input of the sentiment labels only.</summary>
    public static string SignalFeature(string code) => "@" + code;

    /// <summary>The whole-note feature of the rules' sentiment, an input of the sentiment labels only.</summary>
    public static string RuleSentimentFeature(NoteSentiment sentiment) => "@rules:" + sentiment.ToString().ToLowerInvariant();

    /// <summary>The whole-note features that the sentiment labels read besides the n-grams.</summary>
    public static IEnumerable<ulong> SentimentInputs(IEnumerable<string> signals, NoteSentiment ruleSentiment) =>
        signals.Select(code => FeatureHash.Named(SignalFeature(code))).Append(FeatureHash.Named(RuleSentimentFeature(ruleSentiment)));

    private static NoteSentiment RuleSentiment(NoteScan scan)
    {
        SignalDetector detector = new(scan);
        return new SentimentScorer(scan, detector).Score(detector.FindMentions(), []);
    }

    private static (float[] Weights, float Bias) Fit(int[][] rows, bool[] targets, int featureCount, int[] order)
    {
        double[] weights = new double[featureCount];
        double bias = 0;
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            foreach (int n in order)
            {
                double logit = bias;
                foreach (int feature in rows[n])
                {
                    logit += weights[feature];
                }

                double gradient = NoteModel.Probability(logit) - (targets[n] ? 1 : 0);
                bias -= LearningRate * gradient;
                foreach (int feature in rows[n])
                {
                    weights[feature] -= LearningRate * (gradient + (L2 * weights[feature]));
                }
            }
        }

        return (weights.Select(static weight => (float)weight).ToArray(), (float)bias);
    }

    private static ulong[] Distinct(List<NoteFeature> features) => features.Select(static feature => feature.Hash).Distinct().ToArray();

    private static HashSet<ulong> KeepFrequent(List<ulong[]> rows) =>
        rows.SelectMany(static row => row).GroupBy(static hash => hash).Where(static group => group.Count() >= MinNoteCount).Select(static group => group.Key).ToHashSet();

    private static int[] Encode(IEnumerable<ulong> hashes, Dictionary<ulong, int> index) =>
        hashes.Select(hash => index.TryGetValue(hash, out int known) ? known : index[hash] = index.Count).ToArray();

    /// <summary>A permutation of the notes, the same for every label, so that one seed gives one model.</summary>
    private static int[] Shuffled(int count)
    {
        int[] order = Enumerable.Range(0, count).ToArray();
        new Random(Seed).Shuffle(order);
        return order;
    }

    private static string Fingerprint(IReadOnlyList<LabelledNote> notes)
    {
        StringBuilder text = new();
        foreach (LabelledNote note in notes)
        {
            text.Append(note.Text).Append('\u001f').AppendJoin(',', note.Signals.Order(StringComparer.Ordinal)).Append('\u001f').Append(note.Sentiment).Append('\u001e');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
