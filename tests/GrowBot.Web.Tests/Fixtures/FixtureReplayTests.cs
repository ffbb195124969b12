using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GrowBot.Web.Tests.Fakes;

namespace GrowBot.Web.Tests.Fixtures;

/// <summary>
/// Posts every recorded Teams activity to /api/messages of the real host (local development mode) and checks the
/// reply that reaches the loopback fake connector, or that the activity was ignored politely.
/// </summary>
public sealed class FixtureReplayTests : IAsyncLifetime
{
    private FakeConnectorServer _connector = null!;
    private GrowBotAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        _app = new GrowBotAppFactory();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public static TheoryData<string> FixtureNames() => new(TeamsFixtures.ActivityFileNames());

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public async Task EveryFixture_IsAcceptedWithoutServerError(string fileName)
    {
        JsonObject activity = TeamsFixtures.Load(fileName, _connector.ServiceUrl);

        HttpResponseMessage response = await PostAsync(activity);

        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotImplemented, $"{fileName}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task PersonalMessage_FromUnknownUser_GetsHelpCard()
    {
        JsonObject activity = TeamsFixtures.Load("01-message-personal-text.json", _connector.ServiceUrl);

        await PostAsync(activity);
        RecordedRequest reply = Assert.Single(await _connector.WaitForRequestsAsync(1));

        Assert.Equal("POST", reply.Method);
        Assert.Contains(Uri.EscapeDataString("a:fake-personal-conversation-id-1"), reply.Path, StringComparison.Ordinal);
        Assert.NotNull(reply.Card);
        Assert.Equal("1.5", reply.Card!["version"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("03-message-channel-mention-command.json")]
    [InlineData("05-message-action-submit-value.json")]
    public async Task ChannelMessage_GetsPointerToPersonalChat(string fileName)
    {
        JsonObject activity = TeamsFixtures.Load(fileName, _connector.ServiceUrl);
        string conversationId = activity["conversation"]!["id"]!.GetValue<string>();

        await PostAsync(activity);
        RecordedRequest reply = Assert.Single(await _connector.WaitForRequestsAsync(1));

        Assert.Contains(Uri.EscapeDataString(conversationId), reply.Path, StringComparison.Ordinal);
        Assert.Contains("personal chat", reply.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BotAddedToTeam_SendsOneShortWelcomeInChannel()
    {
        JsonObject activity = TeamsFixtures.Load("09-conversationupdate-bot-added-team.json", _connector.ServiceUrl);

        await PostAsync(activity);
        await _connector.WaitForRequestsAsync(1);
        await PostAsync(TeamsFixtures.Load("09-conversationupdate-bot-added-team.json", _connector.ServiceUrl));
        IReadOnlyList<RecordedRequest> requests = await _connector.SettleAsync();

        RecordedRequest welcome = Assert.Single(requests);
        Assert.Contains(Uri.EscapeDataString("19:fake-thread-id-4@thread.tacv2"), welcome.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotAddedInPersonalScope_SendsWelcomeCard()
    {
        JsonObject activity = TeamsFixtures.Load("10-conversationupdate-bot-added-personal.json", _connector.ServiceUrl);

        await PostAsync(activity);
        RecordedRequest welcome = Assert.Single(await _connector.WaitForRequestsAsync(1));

        Assert.NotNull(welcome.Card);
        Assert.Contains("GrowBot", welcome.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallationUpdate_StoresReferenceWithoutReply()
    {
        JsonObject activity = TeamsFixtures.Load("14-installationupdate-add-team.json", _connector.ServiceUrl);

        HttpResponseMessage response = await PostAsync(activity);
        IReadOnlyList<RecordedRequest> requests = await _connector.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(requests);
    }

    [Fact]
    public async Task InvokeWithoutVerb_GetsUniversalErrorResponseInline()
    {
        JsonObject activity = TeamsFixtures.Load("07-invoke-adaptivecard-action.json", _connector.ServiceUrl);

        HttpResponseMessage response = await PostAsync(activity);
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Empty(await _connector.SettleAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task MessageReaction_IsIgnoredPolitely()
    {
        JsonObject activity = TeamsFixtures.Load("01-message-personal-text.json", _connector.ServiceUrl);
        activity["type"] = "messageReaction";
        activity.Remove("text");
        activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
        activity["replyToId"] = "1571691217000";

        HttpResponseMessage response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await _connector.SettleAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using HttpClient client = _app.CreateClient();
        return await client.PostAsJsonAsync("/api/messages", activity);
    }
}
