using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GrowBot.LocalChannel.Tests.Support;

/// <summary>
/// A small bot behind <c>/api/messages</c> that replies as GrowBot would, through the connector at the
/// activity's serviceUrl: a welcome card on install (greeting the member it reads back from the connector),
/// "help" with an Adaptive Card 1.5 that has an Action.Submit and an Action.Execute, "update" with a message that
/// it then replaces through PUT, an echo of other text,
/// and a card as inline invoke response.
/// </summary>
internal sealed class FakeBot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _client = new();

    /// <summary>Every activity received, in order, as the JSON the channel posted.</summary>
    public ConcurrentQueue<JsonObject> Received { get; } = new();

    /// <summary>Authorization headers of received requests (the channel must send none).</summary>
    public ConcurrentQueue<string> AuthorizationHeaders { get; } = new();

    public void Map(WebApplication app) => app.MapPost("/api/messages", (Delegate)HandleAsync);

    public JsonObject WaitForReceived(Func<JsonObject, bool> predicate) =>
        Wait.Until(() => Received.FirstOrDefault(predicate), "the fake bot to receive the expected activity");

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        JsonObject activity = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        Received.Enqueue(activity);
        if (context.Request.Headers.Authorization.Count > 0)
        {
            AuthorizationHeaders.Enqueue(context.Request.Headers.Authorization.ToString());
        }

        string? type = Str(activity, "type");
        bool chinese = Str(activity, "locale")?.StartsWith("zh", StringComparison.Ordinal) == true;
        switch (type)
        {
            case "conversationUpdate":
                await WelcomeAsync(activity, chinese);
                break;
            case "message" when activity["value"] is JsonObject value:
                await SendAsync(activity, Text($"Submitted: {Str(value, "command")}"));
                break;
            case "message" when Str(activity, "text") == "update":
                string sentId = await SendAsync(activity, Text("Version 1"));
                await UpdateAsync(activity, sentId, Text("Version 2"));
                break;
            case "message" when Str(activity, "text") == "help":
                await SendAsync(activity, CardMessage(HelpCard()));
                break;
            case "message":
                await SendAsync(activity, Text($"Echo: {Str(activity, "text")}"));
                break;
            case "invoke":
                string? verb = Str(activity["value"]?["action"], "verb");
                return Results.Json(new JsonObject
                {
                    ["statusCode"] = 200,
                    ["type"] = "application/vnd.microsoft.card.adaptive",
                    ["value"] = Card(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Done: {verb}" }),
                });
        }

        return Results.Ok();
    }

    private async Task WelcomeAsync(JsonObject activity, bool chinese)
    {
        string memberUrl = $"{Str(activity, "serviceUrl")}v3/conversations/{Uri.EscapeDataString(Str(activity["conversation"], "id")!)}/members/{Uri.EscapeDataString(Str(activity["from"], "id")!)}";
        JsonObject member = (await _client.GetFromJsonAsync<JsonObject>(memberUrl, Json))!;
        string greeting = chinese ? $"欢迎，{Str(member, "name")}" : $"Welcome, {Str(member, "name")}";
        await SendAsync(activity, CardMessage(Card(new JsonObject { ["type"] = "TextBlock", ["text"] = greeting })));
    }

    private async Task<string> SendAsync(JsonObject inbound, JsonObject reply)
    {
        reply["from"] = inbound["recipient"]?.DeepClone();
        reply["recipient"] = inbound["from"]?.DeepClone();
        reply["conversation"] = inbound["conversation"]?.DeepClone();
        reply["replyToId"] = inbound["id"]?.DeepClone();
        string url = $"{Str(inbound, "serviceUrl")}v3/conversations/{Uri.EscapeDataString(Str(inbound["conversation"], "id")!)}/activities";
        using HttpResponseMessage response = await _client.PostAsJsonAsync(url, reply, Json);
        response.EnsureSuccessStatusCode();
        return Str(await response.Content.ReadFromJsonAsync<JsonObject>(), "id")!;
    }

    private async Task UpdateAsync(JsonObject inbound, string activityId, JsonObject replacement)
    {
        string url = $"{Str(inbound, "serviceUrl")}v3/conversations/{Uri.EscapeDataString(Str(inbound["conversation"], "id")!)}/activities/{Uri.EscapeDataString(activityId)}";
        using HttpResponseMessage response = await _client.PutAsJsonAsync(url, replacement, Json);
        response.EnsureSuccessStatusCode();
    }

    public static JsonObject HelpCard() => Card(
        new JsonObject { ["type"] = "TextBlock", ["text"] = "GrowBot help" },
        new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(
                new JsonObject { ["type"] = "Action.Submit", ["title"] = "Say hello", ["data"] = new JsonObject { ["command"] = "hello" } },
                new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["title"] = "Mark done",
                    ["verb"] = "done",
                    ["data"] = new JsonObject { ["item"] = 1 },
                    ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = "Mark done", ["data"] = new JsonObject { ["command"] = "done" } },
                }),
        });

    public static JsonObject Card(params JsonNode[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["body"] = new JsonArray(body),
    };

    private static JsonObject CardMessage(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }),
    };

    private static JsonObject Text(string text) => new() { ["type"] = "message", ["text"] = text };

    public static string? Str(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
