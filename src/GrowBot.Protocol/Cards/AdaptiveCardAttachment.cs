using System.Text.Json;
using System.Text.Json.Nodes;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Json;

namespace GrowBot.Protocol.Cards;

/// <summary>Wraps an Adaptive Card in the attachment envelope that Teams expects.</summary>
public static class AdaptiveCardAttachment
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Creates an attachment with content type <see cref="ContentType"/> and the card as content.</summary>
    public static Attachment Create(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = ContentType, Content = card };
    }
}

/// <summary>Measures activities the way Teams counts its message size limit.</summary>
public static class MessageSize
{
    /// <summary>Returns the size of the activity's serialized JSON in UTF-16 bytes (two per char).</summary>
    public static int Utf16Bytes(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return JsonSerializer.Serialize(activity, ProtocolJson.Options).Length * sizeof(char);
    }
}
