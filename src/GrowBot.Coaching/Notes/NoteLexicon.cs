namespace GrowBot.Coaching.Notes;

/// <summary>
/// The bilingual lexicon of the built-in analyser: signal terms, combination parts and rules,
/// scope markers (negation, condition, other people, past, resolution) and emotional cues,
/// compiled once into a <see cref="TermMatcher"/>.
/// </summary>
/// <remarks>
/// Terms are written in lower case and separated by <c>|</c>. English terms that start or end with
/// a letter match whole words only, unless they end with <c>*</c>, which makes them prefixes.
/// The lists describe the meaning of each signal in general words and are not built from
/// particular notes.
/// </remarks>
internal sealed partial class NoteLexicon
{
    private readonly Dictionary<string, List<LexiconEntry>> _entriesByTerm = new(StringComparer.Ordinal);
    private readonly List<CombinationRule> _rules = [];

    private NoteLexicon()
    {
        AddStressAndWorkload();
        AddCareerSignals();
        AddRelationshipAndMoodSignals();
        AddSupportAndCustomerSignals();
        AddColloquialStates();
        AddColloquialCareer();
        AddColloquialSupport();
        AddCombinations();
        AddNegation();
        AddScopeMarkers();
        AddCues();
        AddThesaurus();

        List<string> keys = [.. _entriesByTerm.Keys];
        Terms = keys.Select(key => key.TrimEnd('*')).ToArray();
        Entries = keys.Select(key => _entriesByTerm[key].ToArray()).ToArray();
        Rules = [.. _rules];
        KindMasks = Entries.Select(entries => entries.Aggregate(0, (mask, entry) => mask | (1 << (int)entry.Kind))).ToArray();
        int[] priorities = KindMasks.Select(mask => (mask & (1 << (int)TermKind.Signal)) != 0 ? 1 : 0).ToArray();
        Matcher = new TermMatcher(Terms, keys.Select(key => !key.EndsWith('*')).ToArray(), priorities);
    }

    /// <summary>The lexicon shared by all built-in analysers. It is immutable once built.</summary>
    public static NoteLexicon Default { get; } = new();

    public TermMatcher Matcher { get; }

    /// <summary>Folded term text per term id.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Meanings per term id.</summary>
    public IReadOnlyList<LexiconEntry[]> Entries { get; }

    public IReadOnlyList<CombinationRule> Rules { get; }

    /// <summary>Per term id, one bit per <see cref="TermKind"/> among its meanings, so kind checks do not allocate.</summary>
    public int[] KindMasks { get; }

    /// <summary>Returns whether term <paramref name="termId"/> is a part of <paramref name="group"/>.</summary>
    public bool IsPart(int termId, string group)
    {
        foreach (LexiconEntry entry in Entries[termId])
        {
            if (entry.Kind == TermKind.Part && string.Equals(entry.Group, group, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(TermKind kind, string terms, string? code = null, string? group = null, double weight = 0, bool requiresNegation = false)
    {
        LexiconEntry entry = new(kind, code, group, weight, requiresNegation);
        foreach (string raw in terms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string key = string.Create(raw.Length, raw, static (buffer, source) =>
            {
                for (int i = 0; i < source.Length; i++)
                {
                    buffer[i] = TermMatcher.Fold(source[i]);
                }
            });

            if (!_entriesByTerm.TryGetValue(key, out List<LexiconEntry>? entries))
            {
                entries = [];
                _entriesByTerm[key] = entries;
            }

            if (!entries.Contains(entry))
            {
                entries.Add(entry);
            }
        }
    }

    private void Signal(string code, string terms) => Add(TermKind.Signal, terms, code);

    private void SignalWhenNegated(string code, string terms) => Add(TermKind.Signal, terms, code, requiresNegation: true);

    private void Part(string group, string terms) => Add(TermKind.Part, terms, group: group);

    private void Rule(string first, string second, int maxGapTokens, bool anyOrder, params string[] codes) =>
        _rules.Add(new CombinationRule(first, second, maxGapTokens, anyOrder, codes));

    private void Neutral(string terms) => Add(TermKind.Neutral, terms);

    private void Cue(double weight, string terms) => Add(TermKind.Cue, terms, weight: weight);
}
