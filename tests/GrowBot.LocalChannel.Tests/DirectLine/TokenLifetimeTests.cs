using System.Net;
using GrowBot.LocalChannel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrowBot.LocalChannel.Tests.DirectLine;

public sealed class TokenLifetimeTests
{
    [Fact]
    public async Task Token_AfterLifetime_Returns403()
    {
        FakeTimeProvider time = new(DateTimeOffset.Parse("2026-01-05T09:00:00Z"));
        await using LocalChannelTestHost host = await LocalChannelTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["LocalChannel:TokenLifetimeSeconds"] = "600" },
            configureServices: services => services.AddSingleton<TimeProvider>(time));
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(host.Client);

        time.Advance(TimeSpan.FromSeconds(599));
        using HttpResponseMessage beforeExpiry = await chat.SendAsync(HttpMethod.Get, ActivitiesPath(chat), null);
        time.Advance(TimeSpan.FromSeconds(2));
        using HttpResponseMessage afterExpiry = await chat.SendAsync(HttpMethod.Get, ActivitiesPath(chat), null);

        Assert.Equal(HttpStatusCode.OK, beforeExpiry.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterExpiry.StatusCode);
    }

    [Fact]
    public async Task StartConversation_SameTokenTwice_ReturnsSameConversation()
    {
        await using LocalChannelTestHost host = await LocalChannelTestHost.StartAsync();
        DirectLineTestClient chat = await DirectLineTestClient.StartAsync(host.Client);
        host.Bot.WaitForReceived(a => FakeBot.Str(a, "type") == "conversationUpdate");

        using HttpResponseMessage again = await chat.SendAsync(HttpMethod.Post, "v3/directline/conversations", null);
        string body = await again.Content.ReadAsStringAsync();
        await chat.PostTextAsync("after restart");
        await chat.WaitForAsync(a => DirectLineTestClient.IsText(a, "Echo: after restart"), "a reply after the second start");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Contains(chat.ConversationId, body, StringComparison.Ordinal);
        Assert.Single(host.Bot.Received, a => FakeBot.Str(a, "type") == "conversationUpdate");
    }

    [Fact]
    public async Task Conversations_BeyondMaximum_OldestIsDropped()
    {
        await using LocalChannelTestHost host = await LocalChannelTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["LocalChannel:MaxConversations"] = "2" });
        DirectLineTestClient first = await DirectLineTestClient.StartAsync(host.Client);
        await DirectLineTestClient.StartAsync(host.Client);
        await DirectLineTestClient.StartAsync(host.Client);

        using HttpResponseMessage response = await first.SendAsync(HttpMethod.Get, ActivitiesPath(first), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static string ActivitiesPath(DirectLineTestClient chat) =>
        $"v3/directline/conversations/{Uri.EscapeDataString(chat.ConversationId)}/activities?watermark=";
}
