using GrowBot.Bot.Commands;
using GrowBot.Bot.Tests.Fakes;
using GrowBot.Coaching.People;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Bot.Tests.Handling;

/// <summary>Check-ins to employees without a stored chat, which GrowBot first installs itself for.</summary>
public sealed class CheckInProvisioningTests
{
    private const string ProvisionedChatId = "19:aad-employee_growbot@unq.gbl.spaces";

    [Fact]
    public async Task CheckIn_ProvisionedChat_ReceivesCard()
    {
        FakeChatProvisioner chats = new() { Result = ChatProvisioning.Ready(ProvisionedChatId) };
        TestBot bot = WithProvisioner(chats);
        string id = await PreparationData.OpenAsync(bot);
        int sent = bot.Connector.Sent.Count;

        await PreparationData.ClickAsync(bot, "prep.checkin", id, "Goal");

        Assert.Equal((TestBot.TenantId, TestBot.EmployeeAad), Assert.Single(chats.Calls));
        Activity card = Assert.Single(bot.Connector.Sent.Skip(sent));
        Assert.Equal(ProvisionedChatId, bot.Connector.Conversations.Last());
        Assert.Equal(ProvisionedChatId, card.Conversation?.Id);
        Assert.Equal(TestBot.TenantId, card.Conversation?.TenantId);
        Assert.Equal(TestBot.BotId, card.From?.Id);
        Assert.Equal(TestBot.EmployeeAad, card.Recipient?.AadObjectId);
        Assert.Equal(Activities.ServiceUrl, card.ServiceUrl);
        Assert.Contains("Your upcoming interview with Li Na", CardText.All(TestBot.CardOf(card)), StringComparison.Ordinal);
        Assert.NotNull(bot.Preparations.Items[id].CheckInRequestedAt);
    }

    [Fact]
    public async Task CheckIn_StoredChat_SkipsProvisioning()
    {
        FakeChatProvisioner chats = new() { Result = ChatProvisioning.Ready(ProvisionedChatId) };
        TestBot bot = WithProvisioner(chats);
        string id = await PreparationData.OpenAsync(bot);
        await bot.SendAsync(Activities.PersonalMessage("help", TestBot.EmployeeAad));

        await PreparationData.ClickAsync(bot, "prep.checkin", id, "Goal");

        Assert.Empty(chats.Calls);
        Assert.Equal("a:personal-" + TestBot.EmployeeAad, bot.Connector.Conversations.Last());
        Assert.NotNull(bot.Preparations.Items[id].CheckInRequestedAt);
    }

    [Theory]
    [InlineData(ChatProvisioningStatus.NotConfigured, "en-US", "Zhang Wei has not opened GrowBot in Teams yet")]
    [InlineData(ChatProvisioningStatus.NotConfigured, "zh-CN", "张伟 还没有在 Teams 中打开过 GrowBot")]
    [InlineData(ChatProvisioningStatus.UserNotFound, "en-US", "I could not find Zhang Wei in Microsoft Entra ID")]
    [InlineData(ChatProvisioningStatus.UserNotFound, "zh-CN", "在 Microsoft Entra ID 中找不到 张伟")]
    [InlineData(ChatProvisioningStatus.NotPermitted, "en-US", "An admin must grant GrowBot the application permission TeamsAppInstallation.ReadWriteSelfForUser.All")]
    [InlineData(ChatProvisioningStatus.NotPermitted, "zh-CN", "需要管理员为 GrowBot 授予应用程序权限 TeamsAppInstallation.ReadWriteSelfForUser.All")]
    [InlineData(ChatProvisioningStatus.Failed, "en-US", "installing it for them through Microsoft Graph failed")]
    [InlineData(ChatProvisioningStatus.Failed, "zh-CN", "通过 Microsoft Graph 为对方安装失败")]
    public async Task CheckIn_NotProvisioned_RepliesWithReason(ChatProvisioningStatus status, string locale, string expected)
    {
        FakeChatProvisioner chats = new() { Result = ChatProvisioning.Failed(status) };
        TestBot bot = WithProvisioner(chats);
        string id = await PreparationData.OpenAsync(bot, locale);
        int sent = bot.Connector.Sent.Count;

        InvokeResponse response = await PreparationData.ClickAsync(bot, "prep.checkin", id, "Goal", locale: locale);

        Assert.Equal(InvokeResponse.MessageContentType, response.Body!["type"]!.GetValue<string>());
        Assert.Contains(expected, response.Body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(chats.Calls);
        Assert.Equal(sent, bot.Connector.Sent.Count);
        Assert.Null(bot.Preparations.Items[id].CheckInRequestedAt);
    }

    [Fact]
    public async Task CheckIn_DefaultProvisioner_KeepsNoReferenceReply()
    {
        TestBot bot = new();
        string id = await PreparationData.OpenAsync(bot);

        InvokeResponse response = await PreparationData.ClickAsync(bot, "prep.checkin", id, "Goal");

        Assert.IsType<UnconfiguredChatProvisioner>(bot.Services.GetRequiredService<IPersonalChatProvisioner>());
        Assert.Contains("Zhang Wei has not opened GrowBot in Teams yet", response.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(bot.Preparations.Items[id].CheckInRequestedAt);
    }

    private static TestBot WithProvisioner(FakeChatProvisioner chats) =>
        new(configure: services => services.AddSingleton<IPersonalChatProvisioner>(chats));
}
