using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GrowBot.Protocol.Activities;

namespace GrowBot.LocalChannel;

/// <summary>JSON settings of the channel: camelCase names as Bot Framework and Direct Line use, no null members.</summary>
internal static class LocalChannelJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonObject ToNode(Activity activity) =>
        JsonSerializer.SerializeToNode(activity, Options)!.AsObject();

    public static Activity? ToActivity(JsonNode node) => node.Deserialize<Activity>(Options);

    /// <summary>Parses a request body; returns null when it is not valid JSON.</summary>
    public static async Task<JsonNode?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? GetString(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
