using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace GrowBot.Protocol.Json;

/// <summary>
/// The JSON settings of every Bot Framework payload: web defaults (camelCase names, case-insensitive reading,
/// numbers in strings accepted), null members left out when writing, and non-ASCII letters written unescaped.
/// Unknown members round-trip through the <c>JsonExtensionData</c> dictionaries of the activity model.
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

            // Non-ASCII text (Chinese replies) is written as is, not as \uXXXX escapes, so the UTF-16 size of the
            // JSON matches what Teams counts against its message size limit. HTML-sensitive characters stay escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
