using System.Text.Json;
using GrowBot.Coaching.Notes;

namespace GrowBot.Integrations.OpenAI;

/// <summary>
/// Reads the JSON response of the model and checks it against the shape of <c>schema.json</c>: every property present,
/// no other property, the right types and enum values. Signals with codes outside <see cref="NoteSignalCodes"/> are
/// dropped; any other deviation makes the whole response invalid.
/// </summary>
internal static class NoteAnswerParser
{
    private const int MaxQuestions = 5;

    private static readonly string[] s_rootProperties = ["signals", "sentiment", "emotional_cues", "injection_detected", "questions"];

    /// <summary>Parses the response and throws <see cref="FormatException"/> naming the first deviation from the schema.</summary>
    public static ExternalNoteAnswer Parse(string json, TokenUsage usage)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new FormatException("The response is not valid JSON.", exception);
        }

        using (document)
        {
            JsonElement root = RequireObject(document.RootElement, "$", s_rootProperties);
            List<ExternalSignal> signals = [.. RequireArray(root, "signals").Select(ReadSignal).OfType<ExternalSignal>()];
            NoteSentiment sentiment = ReadSentiment(root.GetProperty("sentiment"), "sentiment");
            List<ExternalCue> cues = [.. RequireArray(root, "emotional_cues").Select(ReadCue)];
            JsonElement injection = root.GetProperty("injection_detected");
            if (injection.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw new FormatException("injection_detected is not a boolean.");
            }

            List<string> questions = [.. RequireArray(root, "questions").Select(q => RequireString(q, "questions[]")).Where(q => q.Trim().Length > 0).Take(MaxQuestions)];
            return new ExternalNoteAnswer(signals, sentiment, cues, injection.GetBoolean(), questions, usage);
        }
    }

    private static ExternalSignal? ReadSignal(JsonElement element)
    {
        RequireObject(element, "signals[]", ["code", "evidence"]);
        string code = RequireString(element.GetProperty("code"), "signals[].code");
        List<string> evidence = [.. RequireArray(element, "evidence").Select(e => RequireString(e, "signals[].evidence[]"))];
        return NoteSignalCodes.IsKnown(code) ? new ExternalSignal(code, evidence) : null;
    }

    private static ExternalCue ReadCue(JsonElement element)
    {
        RequireObject(element, "emotional_cues[]", ["cue", "polarity", "evidence"]);
        return new ExternalCue(
            RequireString(element.GetProperty("cue"), "emotional_cues[].cue"),
            ReadSentiment(element.GetProperty("polarity"), "emotional_cues[].polarity"),
            RequireString(element.GetProperty("evidence"), "emotional_cues[].evidence"));
    }

    private static NoteSentiment ReadSentiment(JsonElement element, string path) => RequireString(element, path) switch
    {
        "negative" => NoteSentiment.Negative,
        "neutral" => NoteSentiment.Neutral,
        "positive" => NoteSentiment.Positive,
        _ => throw new FormatException($"{path} is not negative, neutral or positive."),
    };

    private static JsonElement RequireObject(JsonElement element, string path, string[] properties)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{path} is not an object.");
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!properties.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new FormatException($"{path} has the property {property.Name}, which the schema does not define.");
            }
        }

        foreach (string name in properties)
        {
            if (!element.TryGetProperty(name, out _))
            {
                throw new FormatException($"{path} is missing the property {name}.");
            }
        }

        return element;
    }

    private static JsonElement.ArrayEnumerator RequireArray(JsonElement parent, string name)
    {
        JsonElement element = parent.GetProperty(name);
        return element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw new FormatException($"{name} is not an array.");
    }

    private static string RequireString(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new FormatException($"{path} is not a string.");
}
