using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GrowBot.Coaching.Notes.Learning;

internal sealed partial class NoteModel
{
    /// <summary>
    /// Reads a model file: one weight per label is stored per readable feature name, which is hashed
    /// on load. Throws <see cref="InvalidDataException"/> with the reason for any file that is not a
    /// valid model of this version with the signal codes and sentiment classes of this build.
    /// </summary>
    public static NoteModel Load(Stream stream)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(stream);
            return Read(document.RootElement);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"Not a valid {FormatName} file: {exception.Message}", exception);
        }
    }

    private static NoteModel Read(JsonElement root)
    {
        if (root.GetProperty("format").GetString() != FormatName || root.GetProperty("version").GetInt32() != FormatVersion)
        {
            throw new InvalidDataException($"Not a {FormatName} file of version {FormatVersion}.");
        }

        string[] labels = root.GetProperty("labels").EnumerateArray().Select(label => label.GetString()!).ToArray();
        if (!labels.Order(StringComparer.Ordinal).SequenceEqual(ExpectedLabels().Order(StringComparer.Ordinal)))
        {
            throw new InvalidDataException($"The labels must be the nine signal codes and the three sentiment classes, found: {string.Join(", ", labels)}.");
        }

        float[] bias = root.GetProperty("bias").EnumerateArray().Select(value => value.GetSingle()).ToArray();
        Dictionary<ulong, float[]> weights = [];
        foreach (JsonProperty feature in root.GetProperty("weights").EnumerateObject())
        {
            float[] row = feature.Value.EnumerateArray().Select(static weight => weight.GetSingle()).ToArray();
            if (row.Length != labels.Length)
            {
                throw new InvalidDataException($"Feature '{feature.Name}' has {row.Length} weights for {labels.Length} labels.");
            }

            weights[FeatureHash.Parse(feature.Name)] = row;
        }

        return new NoteModel(labels, bias, weights, root.GetProperty("trainedOn").GetString()!, root.GetProperty("notes").GetInt32());
    }

    /// <summary>The labels of a model for this build: the signal codes, then the sentiment classes.</summary>
    public static IEnumerable<string> ExpectedLabels() => NoteSignalCodes.All.Concat(Enum.GetValues<NoteSentiment>().Select(SentimentLabel));

    /// <summary>
    /// Writes the model as JSON with one feature a line and feature names in ordinal order, so that
    /// retraining on the same notes gives the same file and a retrained model diffs line by line.
    /// </summary>
    public void Save(Stream stream, IReadOnlyDictionary<ulong, string> names)
    {
        using StreamWriter writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("{");
        writer.WriteLine($"  \"format\": {Quote(FormatName)},");
        writer.WriteLine($"  \"version\": {FormatVersion},");
        writer.WriteLine($"  \"trainedOn\": {Quote(TrainedOn)},");
        writer.WriteLine($"  \"notes\": {NoteCount},");
        writer.WriteLine($"  \"labels\": [{string.Join(", ", Labels.Select(Quote))}],");
        writer.WriteLine($"  \"bias\": [{string.Join(", ", _bias.Select(Number))}],");
        writer.WriteLine("  \"weights\": {");
        List<KeyValuePair<ulong, float[]>> rows = _weights.OrderBy(pair => names[pair.Key], StringComparer.Ordinal).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            string weights = string.Join(",", rows[i].Value.Select(Number));
            writer.WriteLine($"    {Quote(names[rows[i].Key])}: [{weights}]{(i + 1 < rows.Count ? "," : string.Empty)}");
        }

        writer.WriteLine("  }");
        writer.WriteLine("}");
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value, s_relaxed);

    private static string Number(float value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
