using System.Text.Json;

namespace GrowBot.Storage.Stores;

/// <summary>Stores a list of strings as a JSON array in one text column.</summary>
internal static class StringList
{
    public static string ToJson(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public static IReadOnlyList<string> FromJson(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
