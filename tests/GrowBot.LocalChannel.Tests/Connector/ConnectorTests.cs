using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GrowBot.LocalChannel.Tests.Support;

namespace GrowBot.LocalChannel.Tests.Connector;

/// <summary>The Bot Connector v3 calls a bot makes to the local service URL.</summary>
public sealed class ConnectorTests : IAsyncLifetime
{
    private LocalChannelTestHost _host = null!;
    private DirectLineTestClient _chat = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalChannelTestHost.StartAsync();
        _chat = await DirectLineTestClient.StartAsync(_host.Client);
        await _chat.WaitForAsync(a => DirectLineTestClient.IsCardWithText(a, "Welcome"), "the welcome card");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string ConversationPath => $"local/connector/v3/conversations/{Uri.EscapeDataString(_chat.ConversationId)}";

    [Fact]
    public async Task Send_Returns201WithId_AndShowsInTranscript()
    {
        using HttpResponseMessage response = await _host.Client.PostAsJsonAsync($"{ConversationPath}/activities", new { type = "message", text = "proactive" });
        string id = FakeBot.Str(await response.Content.ReadFromJsonAsync<JsonObject>(), "id")!;
        JsonObject received = await _chat.WaitForAsync(a => FakeBot.Str(a, "id") == id, "the sent activity");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("proactive", FakeBot.Str(received, "text"));
        Assert.Equal("bot", FakeBot.Str(received["from"], "role"));
    }

    [Fact]
    public async Task Reply_SetsReplyToId()
    {
        using HttpResponseMessage response = await _host.Client.PostAsJsonAsync($"{ConversationPath}/activities/earlier-id", new { type = "message", text = "a reply" });
        string id = FakeBot.Str(await response.Content.ReadFromJsonAsync<JsonObject>(), "id")!;
        JsonObject received = await _chat.WaitForAsync(a => FakeBot.Str(a, "id") == id, "the reply");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("earlier-id", FakeBot.Str(received, "replyToId"));
    }

    [Fact]
    public async Task Update_KeepsIdAndTimestamp()
    {
        using HttpResponseMessage sent = await _host.Client.PostAsJsonAsync($"{ConversationPath}/activities", new { type = "message", text = "version 1" });
        string id = FakeBot.Str(await sent.Content.ReadFromJsonAsync<JsonObject>(), "id")!;
        JsonObject first = await _chat.WaitForAsync(a => FakeBot.Str(a, "id") == id, "the first version");

        using HttpResponseMessage updated = await _host.Client.PutAsJsonAsync($"{ConversationPath}/activities/{Uri.EscapeDataString(id)}", new { type = "message", text = "version 2" });
        JsonObject second = await _chat.WaitForAsync(a => FakeBot.Str(a, "id") == id, "the second version");

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("version 2", FakeBot.Str(second, "text"));
        Assert.Equal(FakeBot.Str(first, "timestamp"), FakeBot.Str(second, "timestamp"));
    }

    [Fact]
    public async Task Update_UnknownActivity_Returns404()
    {
        using HttpResponseMessage response = await _host.Client.PutAsJsonAsync($"{ConversationPath}/activities/missing", new { type = "message", text = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Send_UnknownConversation_Returns404ConversationNotFound()
    {
        using HttpResponseMessage response = await _host.Client.PostAsJsonAsync("local/connector/v3/conversations/a:local-missing/activities", new { type = "message", text = "x" });
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ConversationNotFound", FakeBot.Str(body["error"], "code"));
    }

    [Fact]
    public async Task Send_InvalidJson_Returns400()
    {
        using StringContent content = new("{not json", System.Text.Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await _host.Client.PostAsync($"{ConversationPath}/activities", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetMember_ReturnsPersonaAsTeamsChannelAccount()
    {
        JsonObject member = (await _host.Client.GetFromJsonAsync<JsonObject>($"{ConversationPath}/members/29:local-hrbp-lin"))!;

        Assert.Equal("29:local-hrbp-lin", FakeBot.Str(member, "id"));
        Assert.Equal("Lin Wei", FakeBot.Str(member, "name"));
        Assert.Equal("11111111-1111-1111-1111-111111111111", FakeBot.Str(member, "aadObjectId"));
        Assert.Equal("22222222-2222-2222-2222-222222222222", FakeBot.Str(member, "tenantId"));
        Assert.Equal("user", FakeBot.Str(member, "userRole"));
    }

    [Fact]
    public async Task GetMember_OtherUser_Returns404()
    {
        using HttpResponseMessage response = await _host.Client.GetAsync($"{ConversationPath}/members/29:local-employee-chen");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CreateConversation_KnownPersona_ReturnsNewestConversation()
    {
        using HttpResponseMessage response = await _host.Client.PostAsJsonAsync("local/connector/v3/conversations", new
        {
            isGroup = false,
            bot = new { id = "28:local-growbot" },
            members = new[] { new { id = "29:local-hrbp-lin" } },
            tenantId = "22222222-2222-2222-2222-222222222222",
        });
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(_chat.ConversationId, FakeBot.Str(body, "id"));
    }
}
