using GrowBot.Coaching.Notes.Learning;

namespace GrowBot.Coaching.Notes;

/// <summary>
/// Lexicon and rule based note analyser for Chinese, English and mixed notes. It needs no
/// network and no model, so it is the default without Azure OpenAI and the fallback when the
/// LLM fails. It is thread-safe and keeps no state between calls.
/// </summary>
/// <remarks>
/// The analyser finds lexicon terms with one Aho-Corasick pass and splits the note into clauses
/// at punctuation and contrast words such as 但是 and but. It keeps a signal mention unless a
/// scope rule applies. A negated mention has an odd number of negators before it (up to a barrier
/// such as 就 or and), a post-negator such as 不大 after it, or a next clause that plays it down
/// (不过还好). A question answered no (问他有没有…，他说没有) and a later denial in the same
/// sentence (猎头找过他，但他不打算走) negate it too. A hypothetical state appears under 如果 or
/// would, and a vague possibility (would consider) cancels wishes as well. Another person (同事,
/// a colleague) as the subject cancels the mention, although conflict with them still counts, and
/// a group (团队, the client's team) as the subject cancels stress and mood. A resolved past issue
/// reads like 之前…已经解决 or used to.
/// On top of the rules, a linear model over word and character n-grams (trained on labelled
/// notes, see <see cref="NoteModel"/>) adds signals that no lexicon term names, provided its
/// strongest evidence passes the same scope rules, and scores the sentiment.
/// </remarks>
public sealed class BuiltInNoteAnalyser : INoteAnalyser
{
    /// <summary>The name shown on cards for results of this analyser.</summary>
    public const string AnalyserName = "built-in";

    /// <summary>Evidence spans kept per signal: the first ones in the text. A long note can mention a signal thousands of times.</summary>
    public const int MaxEvidencePerSignal = 5;

    private readonly NoteLexicon _lexicon = NoteLexicon.Default;
    private readonly NoteModel? _model;

    /// <summary>Creates an analyser with the rules and the model shipped with GrowBot.</summary>
    public BuiltInNoteAnalyser()
        : this(NoteModel.Default)
    {
    }

    /// <summary>Creates an analyser with the rules and <paramref name="model"/>, or the rules alone when it is null.</summary>
    internal BuiltInNoteAnalyser(NoteModel? model) => _model = model;

    /// <summary>The note model in use, or null for the rules alone.</summary>
    public NoteModelSummary? Model => _model is null ? null : new NoteModelSummary(_model.NoteCount, _model.FeatureCount, _model.TrainedOn);

    /// <summary>Creates an analyser with a model file written by <see cref="NoteModelTraining.Train"/>.</summary>
    public static BuiltInNoteAnalyser WithModel(Stream modelFile) => new(NoteModel.Load(modelFile));

    /// <summary>Creates an analyser with the model file at <paramref name="path"/>; throws <see cref="InvalidDataException"/> for a file that is not a model.</summary>
    public static BuiltInNoteAnalyser WithModelFile(string path)
    {
        using FileStream model = File.OpenRead(path);
        return WithModel(model);
    }

    /// <summary>Creates an analyser that uses the rules alone, for comparing them with the model.</summary>
    public static BuiltInNoteAnalyser RulesOnly() => new(model: null);

    /// <inheritdoc />
    public string Name => AnalyserName;

    /// <inheritdoc />
    public Task<NoteAnalysis> AnalyseAsync(NoteAnalysisRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Analyse(request.Text));
    }

    /// <summary>Analyses <paramref name="text"/> synchronously, because the work is CPU-bound and short.</summary>
    public NoteAnalysis Analyse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        NoteScan scan = NoteScan.Create(text, _lexicon);
        SignalDetector detector = new(scan);
        List<SignalMention> mentions = detector.FindMentions();

        List<EmotionalCue> cues = [];
        NoteSentiment sentiment = new SentimentScorer(scan, detector).Score(mentions, cues);
        List<DetectedSignal> signals = CollectSignals(text, mentions);
        if (_model is not null)
        {
            NoteModelScorer scorer = new(_model, scan);
            foreach (ModelSignal added in scorer.AddedSignals(signals.Select(static signal => signal.Code).ToHashSet()))
            {
                signals.Add(new DetectedSignal(added.Code, [new EvidenceSpan(added.Start, added.End - added.Start, text[added.Start..added.End])]));
            }

            sentiment = scorer.Sentiment(signals.Select(static signal => signal.Code), sentiment);
        }

        return new NoteAnalysis(signals, sentiment, cues, AnalyserName);
    }

    private static List<DetectedSignal> CollectSignals(string text, List<SignalMention> mentions)
    {
        List<SignalMention> expressed = mentions.Where(mention => mention.Suppression == Suppression.None).ToList();
        expressed.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

        Dictionary<string, List<EvidenceSpan>> evidenceByCode = [];
        HashSet<(string Code, int Start, int End)> seen = [];
        List<string> order = [];
        foreach (SignalMention mention in expressed)
        {
            if (!seen.Add((mention.Code, mention.Start, mention.End)))
            {
                continue;
            }

            if (!evidenceByCode.TryGetValue(mention.Code, out List<EvidenceSpan>? evidence))
            {
                evidence = [];
                evidenceByCode[mention.Code] = evidence;
                order.Add(mention.Code);
            }

            if (evidence.Count < MaxEvidencePerSignal)
            {
                evidence.Add(new EvidenceSpan(mention.Start, mention.End - mention.Start, text[mention.Start..mention.End]));
            }
        }

        return order.Select(code => new DetectedSignal(code, evidenceByCode[code])).ToList();
    }
}
