using System.Text.Json.Nodes;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Cards;
using GrowBot.Protocol.Connector;
using GrowBot.Protocol.Hosting;
using GrowBot.Protocol.Tests.Infrastructure;

namespace GrowBot.Protocol.Tests;

/// <summary>Connector calls against a loopback fake connector, in local development mode (no tokens).</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string TenantId = "tenant-1";
    private const string ConversationId = "a:conversation/with spaces";

    private FakeConnector _connector = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["Bot:MaxMessageBytes"] = "2048" });
        await _bot.References.SaveAsync(
            new ConversationReference(TenantId, "29:user", "aad-1", ConversationId, "personal", _connector.ServiceUrl, "28:bot", "msteams", DateTimeOffset.UtcNow),
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private static Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Text = "hello",
        Conversation = new ConversationAccount { Id = ConversationId, TenantId = TenantId },
    };

    [Fact]
    public async Task Send_EscapesIdAndReturnsId()
    {
        string? id = await _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, Reply(), CancellationToken.None);

        Assert.Equal("reply-1", id);
        ConnectorRequest request = Assert.Single(_connector.Requests);
        Assert.Equal("/v3/conversations/a%3Aconversation%2Fwith%20spaces/activities", request.Path);
        Assert.Equal("hello", (string?)JsonNode.Parse(request.Body)!["text"]);
    }

    [Fact]
    public async Task ReplyAndUpdate_UseActivityPath()
    {
        await _bot.Connector.ReplyToActivityAsync(_connector.ServiceUrl, ConversationId, "1:abc", Reply(), CancellationToken.None);
        await _bot.Connector.UpdateActivityAsync(_connector.ServiceUrl, ConversationId, "1:abc", Reply(), CancellationToken.None);

        Assert.Equal(["POST", "PUT"], _connector.Requests.Select(r => r.Method));
        Assert.All(_connector.Requests, r => Assert.EndsWith("/activities/1%3Aabc", r.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accepted202WithEmptyBody_NullId()
    {
        _connector.Enqueue(new ScriptedResponse(202));

        string? id = await _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, Reply(), CancellationToken.None);

        Assert.Null(id);
    }

    [Fact]
    public async Task Throttled_WaitsRetryAfterThenRetries()
    {
        _connector.Enqueue(new ScriptedResponse(429, """{"error":{"code":"Throttled","message":"slow down"}}""", RetryAfter: "7"));

        string? id = await _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, Reply(), CancellationToken.None);

        Assert.Equal("reply-2", id);
        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _bot.Delay.Delays);
    }

    [Fact]
    public async Task ThrottledWithHugeRetryAfter_WaitIsCapped()
    {
        _connector.Enqueue(new ScriptedResponse(429, RetryAfter: "3600"));

        await _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, Reply(), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(60)], _bot.Delay.Delays);
    }

    [Fact]
    public async Task BadGateway_RetriedWithBackoff()
    {
        _connector.Enqueue(new ScriptedResponse(502), new ScriptedResponse(503), new ScriptedResponse(412));

        string? id = await _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, Reply(), CancellationToken.None);

        Assert.Equal("reply-4", id);
        IReadOnlyList<TimeSpan> delays = _bot.Delay.Delays;
        Assert.Equal(3, delays.Count);
        Assert.InRange(delays[0].TotalSeconds, 1.6, 2.4);
        Assert.InRange(delays[1].TotalSeconds, 3.2, 4.8);
        Assert.InRange(delays[2].TotalSeconds, 6.4, 9.6);
    }

    [Fact]
    public async Task PersistentBadGateway_GivesUpAfterMaxRetries()
    {
        _connector.Enqueue(Enumerable.Repeat(new ScriptedResponse(502), 10).ToArray());

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, Reply(), CancellationToken.None));

        Assert.Equal(502, exception.StatusCode);
        Assert.Equal(4, _connector.Requests.Count);
    }

    [Fact]
    public async Task NotInRoster_NotRetriedAndMarkedStale()
    {
        _connector.Enqueue(new ScriptedResponse(403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}"""));

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, Reply(), CancellationToken.None));

        Assert.Equal(403, exception.StatusCode);
        Assert.Equal(ConnectorErrorCodes.BotNotInConversationRoster, exception.ErrorCode);
        Assert.Single(_connector.Requests);
        Assert.Empty(_bot.Delay.Delays);
        ConversationReference reference = Assert.Single(_bot.References.All);
        Assert.True(reference.IsStale);
        Assert.Equal(ConnectorErrorCodes.BotNotInConversationRoster, reference.StaleReason);
    }

    [Fact]
    public async Task ConversationNotFound_NotRetriedAndMarkedStale()
    {
        _connector.Enqueue(new ScriptedResponse(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}"""));

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, Reply(), CancellationToken.None));

        Assert.Equal(404, exception.StatusCode);
        Assert.Equal(ConnectorErrorCodes.ConversationNotFound, exception.ErrorCode);
        Assert.Single(_connector.Requests);
        Assert.True(Assert.Single(_bot.References.All).IsStale);
    }

    [Fact]
    public async Task MessageWritesBlockedSubCode_Parsed()
    {
        _connector.Enqueue(new ScriptedResponse(403, """{"errorCode":209,"message":"{\"message\":\"blocked\",\"subCode\":\"MessageWritesBlocked\"}"}"""));

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, Reply(), CancellationToken.None));

        Assert.Equal(ConnectorErrorCodes.MessageWritesBlocked, exception.ErrorCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task ForbiddenOperation_NotRetriedNotStale()
    {
        _connector.Enqueue(new ScriptedResponse(403, """{"error":{"code":"ForbiddenOperationException","message":"Bot is not installed in user's personal scope"}}"""));

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, Reply(), CancellationToken.None));

        Assert.Equal("ForbiddenOperationException", exception.ErrorCode);
        Assert.Single(_connector.Requests);
        Assert.False(Assert.Single(_bot.References.All).IsStale);
    }

    [Fact]
    public async Task OversizedActivity_RejectedBeforeSending()
    {
        Activity big = Reply();
        big.Text = new string('x', 2000);

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, ConversationId, big, CancellationToken.None));

        Assert.Equal(ConnectorErrorCodes.MessageSizeTooBig, exception.ErrorCode);
        Assert.Contains(MessageSize.Utf16Bytes(big).ToString(), exception.Message, StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData("http://192.0.2.10/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://127.0.0.1@192.0.2.10/")]
    public async Task LocalMode_NonLoopbackServiceUrl_RejectedBeforeSending(string serviceUrl)
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _bot.Connector.SendToConversationAsync(serviceUrl, ConversationId, Reply(), CancellationToken.None));

        Assert.Contains("loopback", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task CreatePersonalConversation_SendsTenantAndMembers()
    {
        _connector.Enqueue(new ScriptedResponse(201, """{"id":"a:new-conversation"}"""));

        string id = await _bot.Connector.CreatePersonalConversationAsync(_connector.ServiceUrl, TenantId, "28:bot", "29:user", CancellationToken.None);

        Assert.Equal("a:new-conversation", id);
        ConnectorRequest request = Assert.Single(_connector.Requests);
        Assert.Equal("/v3/conversations", request.Path);
        JsonNode body = JsonNode.Parse(request.Body)!;
        Assert.False((bool)body["isGroup"]!);
        Assert.Equal("28:bot", (string?)body["bot"]!["id"]);
        Assert.Equal("29:user", (string?)body["members"]![0]!["id"]);
        Assert.Equal(TenantId, (string?)body["tenantId"]);
        Assert.Equal(TenantId, (string?)body["channelData"]!["tenant"]!["id"]);
    }

    [Fact]
    public async Task GetMember_NotFoundReturnsNull()
    {
        _connector.Enqueue(new ScriptedResponse(404, """{"error":{"code":"MemberNotFoundInConversation","message":"not found"}}"""));

        ChannelAccount? member = await _bot.Connector.GetMemberAsync(_connector.ServiceUrl, ConversationId, "29:user", CancellationToken.None);

        Assert.Null(member);
    }

    [Fact]
    public async Task GetMember_ReadsAccount()
    {
        _connector.Enqueue(new ScriptedResponse(200, """{"id":"29:user","name":"Someone","aadObjectId":"aad-1","email":"x@example.com"}"""));

        ChannelAccount? member = await _bot.Connector.GetMemberAsync(_connector.ServiceUrl, ConversationId, "29:user", CancellationToken.None);

        Assert.Equal("aad-1", member?.AadObjectId);
        Assert.True(member!.ExtensionData!.ContainsKey("email"));
    }
}
