using System.Text.Json.Nodes;

namespace GrowBot.Bot.Tests.Handling;

/// <summary>Reads what a user sees on a card: texts, fact titles and values, and button titles.</summary>
internal static class CardText
{
    public static string All(JsonNode? card) => string.Join('\n', Collect(card));

    private static IEnumerable<string> Collect(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => property.Key is "text" or "value" or "title" or "label" or "placeholder"
            && property.Value is JsonValue value && value.TryGetValue(out string? text)
            ? [text]
            : Collect(property.Value)),
        JsonArray array => array.SelectMany(Collect),
        _ => [],
    };
}
