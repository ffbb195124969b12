using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrowBot.Protocol.Json;

/// <summary>
/// The JSON settings of every Bot Framework payload: web defaults (camelCase names, case-insensitive reading,
/// numbers as strings accepted) and null members left out when writing. Unknown members round-trip through the
/// <c>JsonExtensionData</c> dictionaries of the activity model.
/// </summary>
public static class ProtocolJson
{
    /// <summary>The shared, read-only options instance.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
