using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GrowBot.LocalChannel.Tests.Support;

namespace GrowBot.LocalChannel.Tests.DirectLine;

public sealed class DirectLineTests : IAsyncLifetime
{
    private LocalChannelTestHost _host = null!;

    public async Task InitializeAsync() => _host = await LocalChannelTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StartConversation_UnknownToken_Returns403()
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new("Bearer", "not-a-token");

        using HttpResponseMessage response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task StartConversation_NoToken_Returns403()
    {
        using HttpResponseMessage response = await _host.Client.PostAsync("v3/directline/conversations", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task FirstPoll_EmptyWatermark_ReturnsWelcome()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);

        JsonObject welcome = await chat.WaitForAsync(a => DirectLineTestClient.IsCardWithText(a, "Welcome, Lin Wei"), "the welcome card");

        Assert.StartsWith("a:local-", chat.ConversationId, StringComparison.Ordinal);
        Assert.Equal("bot", FakeBot.Str(welcome["from"], "role"));
        Assert.Equal(chat.ConversationId, FakeBot.Str(welcome["conversation"], "id"));
        Assert.NotNull(chat.Watermark);
    }

    [Fact]
    public async Task StartConversation_SendsTeamsInstallUpdate()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);

        JsonObject update = _host.Bot.WaitForReceived(a => FakeBot.Str(a, "type") == "conversationUpdate");

        Assert.Equal("28:local-growbot", FakeBot.Str(update["membersAdded"]![0], "id"));
        Assert.Equal("28:local-growbot", FakeBot.Str(update["recipient"], "id"));
        Assert.Equal("29:local-hrbp-lin", FakeBot.Str(update["from"], "id"));
        Assert.Equal(chat.ConversationId, FakeBot.Str(update["conversation"], "id"));
        Assert.Equal("personal", FakeBot.Str(update["conversation"], "conversationType"));
    }

    [Fact]
    public async Task PostActivity_EchoesUserActivity()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);

        string id = await chat.PostTextAsync("hello there", "client-42");
        JsonObject echo = await chat.WaitForAsync(a => FakeBot.Str(a, "id") == id, "the echo of the user's message");

        Assert.Equal("hello there", FakeBot.Str(echo, "text"));
        Assert.Equal("user", FakeBot.Str(echo["from"], "role"));
        Assert.Equal("client-42", FakeBot.Str(echo["channelData"], "clientActivityID"));
        Assert.NotNull(FakeBot.Str(echo, "timestamp"));
    }

    [Fact]
    public async Task Poll_WatermarkAdvances_ReturnsOnlyNewActivities()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);
        await chat.WaitForAsync(a => DirectLineTestClient.IsCardWithText(a, "Welcome"), "the welcome card");
        int firstWatermark = int.Parse(chat.Watermark!);

        await chat.PostTextAsync("ping");
        JsonObject reply = await chat.WaitForAsync(a => DirectLineTestClient.IsText(a, "Echo: ping"), "the bot's echo reply");
        List<JsonObject> afterReply = await chat.PollAsync();

        Assert.True(int.Parse(chat.Watermark!) > firstWatermark);
        Assert.Empty(afterReply);
        Assert.Equal("bot", FakeBot.Str(reply["from"], "role"));
    }

    [Fact]
    public async Task Poll_OtherConversationsToken_Returns403()
    {
        DirectLineTestClient mine = await DirectLineTestClient.StartAsync(_host.Client);
        DirectLineTestClient other = await DirectLineTestClient.StartAsync(_host.Client, "employee-chen");

        using HttpResponseMessage response = await mine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{Uri.EscapeDataString(other.ConversationId)}/activities?watermark=", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RefreshToken_ReturnsNewTokenForSameConversation()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);
        string oldToken = chat.Token;

        using HttpResponseMessage response = await chat.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null);
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        string newToken = FakeBot.Str(body, "token")!;
        chat.UseToken(newToken);
        List<JsonObject> activities = await chat.PollAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(chat.ConversationId, FakeBot.Str(body, "conversationId"));
        Assert.NotNull(activities);
    }

    [Fact]
    public async Task RefreshToken_UnknownToken_Returns403()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);

        using HttpResponseMessage response = await chat.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null, token: "forged");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task IssueToken_UnknownPersona_Returns400()
    {
        using HttpResponseMessage response = await _host.Client.PostAsJsonAsync("local/tokens", new { personaKey = "nobody", locale = "en-US" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task IssueToken_UnsupportedLocale_Returns400()
    {
        using HttpResponseMessage response = await _host.Client.PostAsJsonAsync("local/tokens", new { personaKey = "hrbp-lin", locale = "fr-FR" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task IssueToken_FormPost_IsRejected()
    {
        // A page of another origin can send a form without CORS preflight; the endpoint accepts JSON only.
        using FormUrlEncodedContent form = new(new Dictionary<string, string> { ["personaKey"] = "hrbp-lin", ["locale"] = "en-US" });

        using HttpResponseMessage response = await _host.Client.PostAsync("local/tokens", form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
