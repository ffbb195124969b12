using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GrowBot.LocalChannel.Tests.Support;

/// <summary>Speaks the Direct Line subset the way Web Chat's polling client does.</summary>
internal sealed class DirectLineTestClient
{
    private readonly HttpClient _client;

    private DirectLineTestClient(HttpClient client, string token, string conversationId)
    {
        _client = client;
        Token = token;
        ConversationId = conversationId;
    }

    public string Token { get; private set; }

    public string ConversationId { get; }

    /// <summary>The watermark of the last poll; null before the first one, like Web Chat.</summary>
    public string? Watermark { get; private set; }

    public static async Task<string> IssueTokenAsync(HttpClient client, string personaKey = "hrbp-lin", string locale = "en-US")
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync("local/tokens", new { personaKey, locale });
        response.EnsureSuccessStatusCode();
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return FakeBot.Str(body, "token")!;
    }

    public static async Task<DirectLineTestClient> StartAsync(HttpClient client, string personaKey = "hrbp-lin", string locale = "en-US")
    {
        string token = await IssueTokenAsync(client, personaKey, locale);
        using HttpRequestMessage request = new(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using HttpResponseMessage response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return new DirectLineTestClient(client, FakeBot.Str(body, "token")!, FakeBot.Str(body, "conversationId")!);
    }

    public async Task<string> PostAsync(JsonObject activity)
    {
        using HttpResponseMessage response = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{Uri.EscapeDataString(ConversationId)}/activities", activity);
        response.EnsureSuccessStatusCode();
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return FakeBot.Str(body, "id")!;
    }

    public Task<string> PostTextAsync(string text, string clientActivityId = "client-1") => PostAsync(new JsonObject
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "dl_browser", ["role"] = "user" },
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
    });

    /// <summary>Polls once with the current watermark (an empty one first) and advances it.</summary>
    public async Task<List<JsonObject>> PollAsync()
    {
        using HttpResponseMessage response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{Uri.EscapeDataString(ConversationId)}/activities?watermark={Watermark}", null);
        response.EnsureSuccessStatusCode();
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Watermark = FakeBot.Str(body, "watermark");
        return body["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    /// <summary>Polls until an activity matches; returns it.</summary>
    public Task<JsonObject> WaitForAsync(Func<JsonObject, bool> predicate, string what) =>
        Wait.UntilAsync(async () => (await PollAsync()).FirstOrDefault(predicate), what);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body, string? token = null)
    {
        using HttpRequestMessage request = new(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await _client.SendAsync(request);
    }

    public void UseToken(string token) => Token = token;

    public static bool IsCardWithText(JsonObject activity, string text) =>
        activity["attachments"]?.ToJsonString().Contains(text, StringComparison.Ordinal) == true;

    public static bool IsText(JsonObject activity, string text) => FakeBot.Str(activity, "text") == text;
}
