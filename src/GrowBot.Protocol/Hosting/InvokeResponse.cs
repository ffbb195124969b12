using System.Text.Json.Nodes;

namespace GrowBot.Protocol.Hosting;

/// <summary>
/// The HTTP answer to an invoke activity: <see cref="Status"/> is the HTTP status and <see cref="Body"/> the JSON body.
/// </summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";
    public const string MessageContentType = "application/vnd.microsoft.activity.message";
    public const string ErrorContentType = "application/vnd.microsoft.error";

    /// <summary>200 with an empty body (invokes without a name, Action.Submit with msteams.type invoke).</summary>
    public static InvokeResponse Empty() => new(200, null);

    /// <summary>501 with an empty body: the bot does not handle this invoke name.</summary>
    public static InvokeResponse NotImplemented() => new(501, null);

    /// <summary>Universal Action response that replaces the card for the user who acted.</summary>
    public static InvokeResponse Card(JsonObject card) => Universal(200, CardContentType, card);

    /// <summary>Universal Action response that shows a short message.</summary>
    public static InvokeResponse Message(string text) => Universal(200, MessageContentType, JsonValue.Create(text));

    /// <summary>Universal Action error response: HTTP 200 with statusCode 400 or 500 in the body.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Universal(statusCode, ErrorContentType, new JsonObject { ["code"] = code, ["message"] = message });

    private static InvokeResponse Universal(int statusCode, string type, JsonNode? value) =>
        new(200, new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value });
}
