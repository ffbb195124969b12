namespace GrowBot.Coaching.Notes;

internal sealed partial class NoteLexicon
{
    private const string PositiveCueCode = "cue+";
    private const string NegativeCueCode = "cue-";
    private const double ThesaurusCueWeight = 1;

    /// <summary>
    /// Adds the thesaurus files embedded next to this class: one <c>code&lt;TAB&gt;expression</c> a line,
    /// where the code is a signal code, <c>cue+</c> for a sign of a good state or <c>cue-</c> for a
    /// sign of a bad one. The thesaurus lists everyday ways of saying each signal, written from the
    /// meaning of the signal, not from notes.
    /// </summary>
    private void AddThesaurus()
    {
        List<(string Term, double Weight)> cues = _entriesByTerm
            .SelectMany(static pair => pair.Value.Where(static entry => entry.Kind == TermKind.Cue).Select(entry => (pair.Key, entry.Weight)))
            .ToList();
        foreach (string resource in typeof(NoteLexicon).Assembly.GetManifestResourceNames().Where(static name => name.Contains(".note-thesaurus-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = typeof(NoteLexicon).Assembly.GetManifestResourceStream(resource)!;
            using StreamReader reader = new(stream);
            while (reader.ReadLine() is { } line)
            {
                AddThesaurusLine(line, resource, cues);
            }
        }
    }

    /// <summary>
    /// Makes <paramref name="expression"/> a cue as strong as the strongest cue it contains, because
    /// the longer term now wins the match: 很焦虑 must stay as negative as 焦虑.
    /// </summary>
    private void InheritCue(string expression, List<(string Term, double Weight)> cues)
    {
        double weight = 0;
        foreach ((string term, double cueWeight) in cues)
        {
            if (Math.Abs(cueWeight) > Math.Abs(weight) && term.Length < expression.Length && expression.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                weight = cueWeight;
            }
        }

        if (weight != 0)
        {
            Cue(weight, expression);
        }
    }

    private void AddThesaurusLine(string line, string resource, List<(string Term, double Weight)> cues)
    {
        if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
        {
            return;
        }

        string[] fields = line.Split('\t');
        if (fields.Length != 2 || fields[1].Contains('|', StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{resource}: expected 'code<TAB>expression' but found '{line}'.");
        }

        string code = fields[0];
        string expression = fields[1].Trim();
        switch (code)
        {
            case PositiveCueCode:
                Cue(ThesaurusCueWeight, expression);
                break;
            case NegativeCueCode:
                Cue(-ThesaurusCueWeight, expression);
                break;
            case var signal when NoteSignalCodes.IsKnown(signal):
                Signal(signal, expression);
                InheritCue(expression, cues);
                break;
            default:
                throw new InvalidDataException($"{resource}: unknown code '{code}'.");
        }
    }
}
