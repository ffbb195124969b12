using System.Text.Json.Nodes;
using GrowBot.Bot.Tests.Fakes;
using GrowBot.Coaching.Tenants;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Tests.Handling;

/// <summary>Welcomes, conversation references, group conversations and activities that get no reply.</summary>
public sealed class ConversationTests
{
    [Fact]
    public async Task BotAddedPersonal_WelcomesOnce()
    {
        TestBot bot = new();

        List<Activity> first = await bot.SendAsync(Activities.Fixture("10-conversationupdate-bot-added-personal.json"));
        List<Activity> second = await bot.SendAsync(Activities.Fixture("10-conversationupdate-bot-added-personal.json"));

        Activity welcome = Assert.Single(first);
        Assert.Empty(second);
        Assert.Contains("Welcome to GrowBot", CardText.All(TestBot.CardOf(welcome)), StringComparison.Ordinal);
        Assert.Equal("a:fake-personal-conversation-id-4", welcome.Conversation?.Id);
        Assert.Equal("29:fake-user-id-6", welcome.Recipient?.Id);
    }

    [Fact]
    public async Task BotAddedPersonal_UsesTenantDefaultLocale()
    {
        TestBot bot = new();
        bot.Tenants.Settings["00000000-0000-0000-0000-000000000017"] = new TenantSettings("00000000-0000-0000-0000-000000000017", "zh-CN", new SignalThresholds(), []);

        Activity welcome = Assert.Single(await bot.SendAsync(Activities.Fixture("10-conversationupdate-bot-added-personal.json")));

        Assert.Contains("欢迎使用 GrowBot", CardText.All(TestBot.CardOf(welcome)), StringComparison.Ordinal);
        Assert.Equal("你有一条新的 GrowBot 消息", welcome.Summary);
    }

    [Fact]
    public async Task BotAddedPersonal_StoresReference()
    {
        TestBot bot = new();

        await bot.SendAsync(Activities.Fixture("10-conversationupdate-bot-added-personal.json"));

        ConversationReference reference = Assert.Single(bot.References.Saved);
        Assert.Equal("00000000-0000-0000-0000-000000000017", reference.TenantId);
        Assert.Equal("29:fake-user-id-6", reference.UserId);
        Assert.Equal("00000000-0000-0000-0000-000000000016", reference.AadObjectId);
        Assert.Equal("a:fake-personal-conversation-id-4", reference.ConversationId);
        Assert.Equal("personal", reference.ConversationType);
        Assert.Equal("28:00000000-0000-0000-0000-000000000015", reference.BotId);
        Assert.Equal(Activities.ServiceUrl, reference.ServiceUrl);
        Assert.False(reference.IsStale);
    }

    [Fact]
    public async Task BotAddedToTeam_ShortWelcomeOnceWithoutReference()
    {
        TestBot bot = new();

        Activity welcome = Assert.Single(await bot.SendAsync(Activities.Fixture("09-conversationupdate-bot-added-team.json")));
        Assert.Empty(await bot.SendAsync(Activities.Fixture("09-conversationupdate-bot-added-team.json")));

        Assert.Contains("personal chat", CardText.All(TestBot.CardOf(welcome)), StringComparison.Ordinal);
        Assert.Equal("19:fake-thread-id-4@thread.tacv2", welcome.Conversation?.Id);
        Assert.Empty(bot.References.Saved);
    }

    [Fact]
    public async Task UserJoinsTeam_IsIgnored()
    {
        TestBot bot = new();
        Activity joined = Activities.Fixture("09-conversationupdate-bot-added-team.json");
        joined.MembersAdded = [new ChannelAccount { Id = "29:new-user" }];

        Assert.Empty(await bot.SendAsync(joined));
        Assert.Empty(bot.References.Saved);
    }

    [Fact]
    public async Task PersonalMessage_StoresReference()
    {
        TestBot bot = new();

        await bot.SendAsync(Activities.Fixture("01-message-personal-text.json"));

        ConversationReference reference = Assert.Single(bot.References.Saved);
        Assert.Equal("a:fake-personal-conversation-id-1", reference.ConversationId);
        Assert.Equal("00000000-0000-0000-0000-000000000001", reference.AadObjectId);
    }

    [Theory]
    [InlineData("add")]
    [InlineData("add-upgrade")]
    public async Task InstallationUpdateAdd_StoresReferenceOnly(string action)
    {
        TestBot bot = new();
        Activity install = PersonalInstallation(action);

        Assert.Empty(await bot.SendAsync(install));
        Assert.Single(bot.References.Saved);
        Assert.Empty(bot.References.Stale);
    }

    [Fact]
    public async Task InstallationUpdateRemove_MarksStale()
    {
        TestBot bot = new();

        Assert.Empty(await bot.SendAsync(PersonalInstallation("remove")));

        Assert.Empty(bot.References.Saved);
        (string tenantId, string conversationId, string reason) = Assert.Single(bot.References.Stale);
        Assert.Equal(TestBot.TenantId, tenantId);
        Assert.Equal("a:personal-" + TestBot.HrbpAad, conversationId);
        Assert.Equal("installationUpdate.remove", reason);
    }

    [Fact]
    public async Task InstallationUpdateInTeam_SendsNothing()
    {
        TestBot bot = new();

        Assert.Empty(await bot.SendAsync(Activities.Fixture("14-installationupdate-add-team.json")));
        Assert.Empty(bot.References.Saved);
    }

    [Theory]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData("messageDelete")]
    [InlineData("somethingNew")]
    public async Task OtherActivityTypes_GetNoReply(string type)
    {
        TestBot bot = new();
        Activity activity = Activities.PersonalMessage("help");
        activity.Type = type;
        activity.ReactionsAdded = [new MessageReaction { Type = "like" }];

        Assert.Empty(await bot.SendAsync(activity));
    }

    [Theory]
    [InlineData("prepare Zhang Wei", "groupChat")]
    [InlineData("whoami", "channel")]
    [InlineData("准备面谈 张伟", "groupChat")]
    [InlineData("privacy", "channel")]
    [InlineData("hello", "channel")]
    public async Task GroupConversation_AnswersWithPointerOnly(string text, string conversationType)
    {
        TestBot bot = new();

        Activity reply = Assert.Single(await bot.SendAsync(Activities.GroupMessage(text, conversationType)));

        string card = CardText.All(TestBot.CardOf(reply));
        Assert.Contains("personal chat", card, StringComparison.Ordinal);
        foreach (string personal in new[] { "Zhang", "张伟", "Li Na", "李娜", "Account Manager", "HR business partner" })
        {
            Assert.DoesNotContain(personal, card, StringComparison.Ordinal);
        }

        Assert.Empty(bot.Audit.Records);
        Assert.Empty(bot.References.Saved);
    }

    [Fact]
    public async Task ChannelFixture_AnswersWithPointer()
    {
        TestBot bot = new();

        Activity reply = Assert.Single(await bot.SendAsync(Activities.Fixture("03-message-channel-mention-command.json")));

        Assert.Contains("personal chat", CardText.All(TestBot.CardOf(reply)), StringComparison.Ordinal);
        Assert.Equal("19:fake-thread-id-1@thread.skype;messageid=1571540275450", reply.Conversation?.Id);
    }

    [Fact]
    public async Task GroupInvoke_AnswersWithPointerOnly()
    {
        TestBot bot = new();
        Activity invoke = Activities.Execute("prepare.select", new JsonObject { ["personId"] = "p-zhang-wei" });
        invoke.Conversation = new ConversationAccount { Id = "19:group@thread.v2", ConversationType = "groupChat", TenantId = TestBot.TenantId };

        InvokeResponse response = await bot.InvokeAsync(invoke);

        Assert.Equal(InvokeResponse.MessageContentType, response.Body!["type"]!.GetValue<string>());
        Assert.Contains("personal chat", response.Body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(bot.Audit.Records);
    }

    [Fact]
    public async Task EveryMessage_HasNotificationSummaryAndNoText()
    {
        TestBot bot = new();
        string[] commands = ["help", "whoami", "privacy", "prepare Zhang Wei", "prepare zhang", "prepare Nobody", "nonsense"];

        foreach (string command in commands)
        {
            Activity reply = Assert.Single(await bot.SendAsync(Activities.PersonalMessage(command)));
            Assert.Equal("You have a new GrowBot message", reply.Summary);
            Assert.Null(reply.Text);
        }
    }

    private static Activity PersonalInstallation(string action)
    {
        Activity activity = Activities.PersonalMessage(string.Empty);
        activity.Type = ActivityTypes.InstallationUpdate;
        activity.Text = null;
        activity.Action = action;
        return activity;
    }
}
