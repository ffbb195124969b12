using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace GrowBot.Coaching.Notes;

public sealed partial class NoteCorpusEvaluator
{
    internal sealed record LabelledNote(string Id, string Text, HashSet<string> Signals, NoteSentiment Sentiment);

    internal static bool TryParse(string line, [NotNullWhen(true)] out LabelledNote? note, [NotNullWhen(false)] out string? error)
    {
        note = null;
        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "expected a JSON object";
                return false;
            }

            if (!TryGetString(root, "id", out string? id, out error)
                || !TryGetString(root, "text", out string? text, out error)
                || !TryGetSignals(root, out HashSet<string>? signals, out error)
                || !TryGetSentiment(root, out NoteSentiment sentiment, out error))
            {
                error ??= "invalid note";
                return false;
            }

            note = new LabelledNote(id, text, signals, sentiment);
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            error = $"invalid JSON ({exception.Message})";
            return false;
        }
    }

    private static bool TryGetString(JsonElement root, string name, [NotNullWhen(true)] out string? value, out string? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out JsonElement element) || element.ValueKind != JsonValueKind.String)
        {
            error = $"missing or non-string \"{name}\"";
            return false;
        }

        value = element.GetString()!;
        return true;
    }

    private static bool TryGetSignals(JsonElement root, [NotNullWhen(true)] out HashSet<string>? signals, out string? error)
    {
        signals = null;
        error = null;
        if (!root.TryGetProperty("signals", out JsonElement element) || element.ValueKind != JsonValueKind.Array)
        {
            error = "missing or non-array \"signals\"";
            return false;
        }

        HashSet<string> codes = new(StringComparer.Ordinal);
        foreach (JsonElement item in element.EnumerateArray())
        {
            string? code = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (code is null || !NoteSignalCodes.IsKnown(code))
            {
                error = $"unknown signal code {item.GetRawText()}; expected one of {string.Join(", ", NoteSignalCodes.All)}";
                return false;
            }

            codes.Add(code);
        }

        signals = codes;
        return true;
    }

    private static bool TryGetSentiment(JsonElement root, out NoteSentiment sentiment, out string? error)
    {
        sentiment = NoteSentiment.Neutral;
        error = null;
        string? value = root.TryGetProperty("sentiment", out JsonElement element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        switch (value)
        {
            case "negative":
                sentiment = NoteSentiment.Negative;
                return true;
            case "neutral":
                return true;
            case "positive":
                sentiment = NoteSentiment.Positive;
                return true;
            default:
                error = $"missing or invalid \"sentiment\" {(value is null ? "(absent)" : $"\"{value}\"")}; expected negative, neutral or positive";
                return false;
        }
    }
}
