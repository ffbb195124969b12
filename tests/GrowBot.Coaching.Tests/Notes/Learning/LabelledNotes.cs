using System.Text.Json;

namespace GrowBot.Coaching.Tests.Notes.Learning;

/// <summary>Builds labelled notes in the corpus JSONL format for training tests.</summary>
internal static class LabelledNotes
{
    public static string Line(string id, string text, string sentiment, params string[] signals) =>
        JsonSerializer.Serialize(new { id, lang = "en", text, signals, sentiment });

    /// <summary>
    /// A small corpus in which the made-up verb "zorp" means conflict and "blick" means learning,
    /// words that no lexicon contains, so only the model can find them.
    /// </summary>
    public static string MadeUpWords()
    {
        List<string> lines = [];
        string[] subjects = ["He", "She", "The analyst", "The engineer", "Our store lead", "The nurse"];
        for (int i = 0; i < subjects.Length; i++)
        {
            lines.Add(Line($"z{i}", $"{subjects[i]} keeps zorping with the team lead over priorities.", "negative", "conflict"));
            lines.Add(Line($"b{i}", $"{subjects[i]} would love to blick on data modelling this year.", "positive", "learning"));
            lines.Add(Line($"n{i}", $"{subjects[i]} had a routine quarter, nothing to report.", "neutral"));
            lines.Add(Line($"h{i}", $"{subjects[i]} is doing fine and enjoys the work.", "positive"));
        }

        return string.Join('\n', lines);
    }
}
