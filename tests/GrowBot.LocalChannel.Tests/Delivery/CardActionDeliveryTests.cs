using System.Text.Json.Nodes;
using GrowBot.LocalChannel.Tests.Support;

namespace GrowBot.LocalChannel.Tests.Delivery;

/// <summary>
/// Clicks on card buttons, posted the way Web Chat posts them (a message whose value is the action's data plus
/// inputs), arrive at the bot as Teams would send them.
/// </summary>
public sealed class CardActionDeliveryTests : IAsyncLifetime
{
    private LocalChannelTestHost _host = null!;

    public async Task InitializeAsync() => _host = await LocalChannelTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Message_IsDeliveredInTeamsShape()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client, locale: "zh-CN");

        string id = await chat.PostTextAsync("ping");
        JsonObject delivered = _host.Bot.WaitForReceived(a => FakeBot.Str(a, "id") == id);

        Assert.Equal("message", FakeBot.Str(delivered, "type"));
        Assert.Equal("msteams", FakeBot.Str(delivered, "channelId"));
        Assert.Equal(new Uri(_host.BaseAddress, "local/connector/").ToString(), FakeBot.Str(delivered, "serviceUrl"));
        Assert.Equal("29:local-hrbp-lin", FakeBot.Str(delivered["from"], "id"));
        Assert.Equal("林薇", FakeBot.Str(delivered["from"], "name"));
        Assert.Equal("11111111-1111-1111-1111-111111111111", FakeBot.Str(delivered["from"], "aadObjectId"));
        Assert.Equal("28:local-growbot", FakeBot.Str(delivered["recipient"], "id"));
        Assert.Equal("GrowBot", FakeBot.Str(delivered["recipient"], "name"));
        Assert.Equal(chat.ConversationId, FakeBot.Str(delivered["conversation"], "id"));
        Assert.Equal("personal", FakeBot.Str(delivered["conversation"], "conversationType"));
        Assert.Equal("22222222-2222-2222-2222-222222222222", FakeBot.Str(delivered["conversation"], "tenantId"));
        Assert.Equal("22222222-2222-2222-2222-222222222222", FakeBot.Str(delivered["channelData"]?["tenant"], "id"));
        Assert.Equal("zh-CN", FakeBot.Str(delivered, "locale"));
        Assert.Equal("clientInfo", FakeBot.Str(delivered["entities"]![0], "type"));
        Assert.Equal("zh-CN", FakeBot.Str(delivered["entities"]![0], "locale"));
        Assert.NotNull(FakeBot.Str(delivered, "timestamp"));
        Assert.Equal("ping", FakeBot.Str(delivered, "text"));
        Assert.Empty(_host.Bot.AuthorizationHeaders);
    }

    [Fact]
    public async Task ExecuteAction_RewrittenToSubmit()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);

        await chat.PostTextAsync("help");
        JsonObject card = await chat.WaitForAsync(a => DirectLineTestClient.IsCardWithText(a, "GrowBot help"), "the help card");
        JsonArray actions = Actions(card);

        Assert.All(actions, a => Assert.Equal("Action.Submit", FakeBot.Str(a, "type")));
        Assert.Equal(FakeBot.Str(card, "id"), FakeBot.Str(actions[0]!["data"]?["_localChannel"], "activityId"));
        Assert.Equal("done", FakeBot.Str(actions[1]!["data"]?["_localChannel"], "verb"));
        Assert.Null(actions[1]!["verb"]);
    }

    [Fact]
    public async Task SubmitClick_ArrivesAsMessage()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);
        await chat.PostTextAsync("help");
        JsonObject card = await chat.WaitForAsync(a => DirectLineTestClient.IsCardWithText(a, "GrowBot help"), "the help card");

        string clickId = await chat.PostAsync(PostBack(Actions(card)[0]!["data"]!));
        JsonObject delivered = _host.Bot.WaitForReceived(a => FakeBot.Str(a, "id") == clickId);
        await chat.WaitForAsync(a => DirectLineTestClient.IsText(a, "Submitted: hello"), "the bot's answer to the submit");

        Assert.Equal("message", FakeBot.Str(delivered, "type"));
        Assert.Equal(FakeBot.Str(card, "id"), FakeBot.Str(delivered, "replyToId"));
        Assert.Equal("hello", FakeBot.Str(delivered["value"], "command"));
        Assert.Null(delivered["value"]!["_localChannel"]);
        Assert.Null(FakeBot.Str(delivered, "text"));
    }

    [Fact]
    public async Task ExecuteClick_InvokesAndReplacesCard()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);
        await chat.PostTextAsync("help");
        JsonObject card = await chat.WaitForAsync(a => DirectLineTestClient.IsCardWithText(a, "GrowBot help"), "the help card");
        JsonObject data = Actions(card)[1]!["data"]!.DeepClone().AsObject();
        data["comment"] = "typed into an input";

        string clickId = await chat.PostAsync(PostBack(data));
        JsonObject invoke = _host.Bot.WaitForReceived(a => FakeBot.Str(a, "id") == clickId);
        JsonObject replaced = await chat.WaitForAsync(a => DirectLineTestClient.IsCardWithText(a, "Done: done"), "the card from the invoke response");

        Assert.Equal("invoke", FakeBot.Str(invoke, "type"));
        Assert.Equal("adaptiveCard/action", FakeBot.Str(invoke, "name"));
        Assert.Equal(FakeBot.Str(card, "id"), FakeBot.Str(invoke, "replyToId"));
        Assert.Equal("Action.Execute", FakeBot.Str(invoke["value"]?["action"], "type"));
        Assert.Equal("done", FakeBot.Str(invoke["value"]?["action"], "verb"));
        Assert.Equal("Mark done", FakeBot.Str(invoke["value"]?["action"], "title"));
        Assert.Equal(1, invoke["value"]!["action"]!["data"]!["item"]!.GetValue<int>());
        Assert.Equal("typed into an input", FakeBot.Str(invoke["value"]?["action"]?["data"], "comment"));
        Assert.Null(invoke["value"]!["action"]!["data"]!["_localChannel"]);
        Assert.Equal("manual", FakeBot.Str(invoke["value"], "trigger"));
        Assert.Equal(FakeBot.Str(card, "id"), FakeBot.Str(replaced, "id"));
        Assert.Equal(FakeBot.Str(card, "timestamp"), FakeBot.Str(replaced, "timestamp"));
    }

    [Fact]
    public async Task MessageBackSubmit_ArrivesWithTextAndValue()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);
        JsonObject data = new()
        {
            ["msteams"] = new JsonObject { ["type"] = "messageBack", ["text"] = "show plan", ["value"] = new JsonObject { ["plan"] = 7 } },
        };

        string clickId = await chat.PostAsync(PostBack(data));
        JsonObject delivered = _host.Bot.WaitForReceived(a => FakeBot.Str(a, "id") == clickId);

        Assert.Equal("show plan", FakeBot.Str(delivered, "text"));
        Assert.Equal(7, delivered["value"]!["plan"]!.GetValue<int>());
    }

    [Fact]
    public async Task TypingActivity_IsNeitherEchoedNorDelivered()
    {
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(_host.Client);
        await chat.WaitForAsync(a => DirectLineTestClient.IsCardWithText(a, "Welcome"), "the welcome card");

        string typingId = await chat.PostAsync(new JsonObject { ["type"] = "typing", ["from"] = new JsonObject { ["id"] = "dl_browser", ["role"] = "user" } });
        string textId = await chat.PostTextAsync("after typing");
        await chat.WaitForAsync(a => DirectLineTestClient.IsText(a, "Echo: after typing"), "the reply after typing");

        Assert.DoesNotContain(_host.Bot.Received, a => FakeBot.Str(a, "id") == typingId);
        Assert.Contains(_host.Bot.Received, a => FakeBot.Str(a, "id") == textId);
    }

    private static JsonArray Actions(JsonObject cardActivity) =>
        cardActivity["attachments"]![0]!["content"]!["body"]![1]!["actions"]!.AsArray();

    // What Web Chat 4.18.1 posts for a click on an Action.Submit with object data ("postBack").
    private static JsonObject PostBack(JsonNode value) => new()
    {
        ["type"] = "message",
        ["value"] = value.DeepClone(),
        ["from"] = new JsonObject { ["id"] = "dl_browser", ["role"] = "user" },
        ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N"), ["postBack"] = true },
    };
}
