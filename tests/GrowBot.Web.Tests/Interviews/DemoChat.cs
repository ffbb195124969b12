using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GrowBot.Coaching.Demo;
using GrowBot.Web.Tests.Fakes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GrowBot.Web.Tests.Interviews;

/// <summary>
/// Drives the real host through /api/messages as a demo persona of the demo tenant (local development mode, no
/// tokens): replies to messages arrive at the fake connector, and invoke responses come back inline.
/// </summary>
internal sealed class DemoChat
{
    private readonly WebApplicationFactory<Program> _app;
    private readonly FakeConnectorServer _connector;
    private int _nextId;

    public DemoChat(WebApplicationFactory<Program> app, FakeConnectorServer connector)
    {
        _app = app;
        _connector = connector;
    }

    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? extra = null)
    {
        Dictionary<string, string?> settings = new() { ["Demo:TenantId"] = DemoPersonas.DefaultTenantId };
        foreach ((string key, string? value) in extra ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Sends chat text and returns the card of the next message that reaches the connector.</summary>
    public async Task<JsonObject> AskAsync(DemoPersona persona, string text, string locale = "en-US")
    {
        JsonObject activity = Activity(persona, "message", locale);
        activity["text"] = text;
        RecordedRequest reply = await PostAndWaitAsync(activity);
        return reply.Card ?? throw new InvalidOperationException("The reply carried no card: " + reply.Body?.ToJsonString());
    }

    /// <summary>Posts an activity and returns the next request the bot sends to the connector.</summary>
    public async Task<RecordedRequest> PostAndWaitAsync(JsonObject activity)
    {
        int before = _connector.Requests.Count;
        HttpResponseMessage response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        IReadOnlyList<RecordedRequest> requests = await _connector.WaitForRequestsAsync(before + 1);
        return requests[before];
    }

    /// <summary>Clicks an Action.Execute button and returns the invoke response body.</summary>
    public async Task<JsonObject> ExecuteAsync(DemoPersona persona, string verb, JsonObject data, string locale = "en-US")
    {
        JsonObject activity = Activity(persona, "invoke", locale);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        HttpResponseMessage response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Clicks an Action.Execute button and returns the card that replaces the clicked one.</summary>
    public async Task<JsonObject> ExecuteCardAsync(DemoPersona persona, string verb, JsonObject data, string locale = "en-US")
    {
        JsonObject body = await ExecuteAsync(persona, verb, data, locale);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]?.GetValue<string>());
        return body["value"]!.AsObject();
    }

    public JsonObject Activity(DemoPersona persona, string type, string locale)
    {
        int id = Interlocked.Increment(ref _nextId);
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = $"activity-in-{persona.Key}-{id}-{Guid.NewGuid():N}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = _connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:" + persona.Key, ["name"] = persona.NameEn, ["aadObjectId"] = persona.AadObjectId },
            ["conversation"] = new JsonObject { ["id"] = "a:personal-" + persona.Key, ["conversationType"] = "personal", ["tenantId"] = DemoPersonas.DefaultTenantId },
            ["recipient"] = new JsonObject { ["id"] = "28:growbot", ["name"] = "GrowBot" },
            ["locale"] = locale,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoPersonas.DefaultTenantId } },
        };
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using HttpClient client = _app.CreateClient();
        return await client.PostAsJsonAsync("/api/messages", activity);
    }
}

/// <summary>Reads the preparation card.</summary>
internal static class PreparationCard
{
    /// <summary>Returns the preparation id from the card's buttons.</summary>
    public static string PreparationId(JsonObject card) =>
        Nodes(card).OfType<JsonObject>().Select(o => o["preparationId"]).OfType<JsonValue>().Select(v => v.GetValue<string>()).First();

    /// <summary>Texts, fact titles and values, labels and button titles, joined by line feeds.</summary>
    public static string Text(JsonNode? card) => string.Join('\n', Nodes(card).OfType<JsonObject>().SelectMany(o => o
        .Where(p => p.Key is "text" or "value" or "title" or "label" && p.Value is JsonValue v && v.TryGetValue(out string? _))
        .Select(p => p.Value!.GetValue<string>())));

    private static IEnumerable<JsonNode> Nodes(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            foreach (JsonNode descendant in Nodes(child))
            {
                yield return descendant;
            }
        }
    }
}
