using GrowBot.Coaching.Notes.Learning;
using LabelledNote = GrowBot.Coaching.Notes.NoteCorpusEvaluator.LabelledNote;

namespace GrowBot.Coaching.Notes;

/// <summary>What a training run read and wrote.</summary>
public sealed record NoteModelSummary(int NoteCount, int FeatureCount, string TrainedOn);

/// <summary>
/// Trains the built-in analyser's note model from labelled JSONL files (the corpus format of
/// <see cref="NoteCorpusEvaluator"/>), so that a customer can add its own labelled notes.
/// </summary>
public static class NoteModelTraining
{
    /// <summary>Reads every labelled note from <paramref name="inputs"/> in order, trains a model and writes it to <paramref name="output"/>.</summary>
    public static NoteModelSummary Train(IEnumerable<(string Source, TextReader Reader)> inputs, Stream output)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(output);
        List<LabelledNote> notes = inputs.SelectMany(input => NoteModelTrainer.ReadNotes(input.Reader, input.Source)).ToList();
        if (notes.Count == 0)
        {
            throw new InvalidDataException("The input contains no labelled note.");
        }

        (NoteModel model, Dictionary<ulong, string> names) = new NoteModelTrainer().Train(notes);
        model.Save(output, names);
        return new NoteModelSummary(model.NoteCount, model.FeatureCount, model.TrainedOn);
    }
}
