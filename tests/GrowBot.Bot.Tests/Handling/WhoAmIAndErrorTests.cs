using GrowBot.Bot.Tests.Fakes;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Bot.Tests.Handling;

public sealed class WhoAmIAndErrorTests
{
    [Theory]
    [InlineData("whoami", "en-US", "Li Na", "HR business partner", "Human Resources")]
    [InlineData("我是谁", "zh-CN", "李娜", "HR 业务伙伴", "人力资源部")]
    public async Task WhoAmI_KnownUser_ShowsNameAndRolesFromData(string text, string locale, string name, string role, string department)
    {
        TestBot bot = new();

        string card = CardText.All(await bot.AskAsync(text, locale: locale));

        Assert.Contains(name, card, StringComparison.Ordinal);
        Assert.Contains(role, card, StringComparison.Ordinal);
        Assert.Contains(department, card, StringComparison.Ordinal);
        Assert.Contains("p-hrbp@contoso.example", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoAmI_PlainEmployee_HasNoHrbpRole()
    {
        TestBot bot = new();

        string card = CardText.All(await bot.AskAsync("whoami", TestBot.EmployeeAad));

        Assert.Contains("Zhang Wei", card, StringComparison.Ordinal);
        Assert.DoesNotContain("HR business partner", card.Replace("HR business partner assignments", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "could not find you")]
    [InlineData("zh-CN", "没有在贵组织的 GrowBot 目录中找到你")]
    public async Task WhoAmI_UnknownUser_GetsPoliteMessage(string locale, string expected)
    {
        TestBot bot = new();

        string card = CardText.All(await bot.AskAsync("whoami", TestBot.StrangerAad, locale));

        Assert.Contains(expected, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoAmI_MissingAadObjectId_GetsPoliteMessage()
    {
        TestBot bot = new();
        Activity message = Activities.PersonalMessage("whoami");
        message.From!.AadObjectId = null;

        Activity reply = Assert.Single(await bot.SendAsync(message));

        Assert.Contains("could not find you", CardText.All(TestBot.CardOf(reply)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoAmI_OtherTenant_DoesNotRecognise()
    {
        TestBot bot = new();
        Activity message = Activities.PersonalMessage("whoami");
        message.Conversation!.TenantId = "tenant-2";

        Activity reply = Assert.Single(await bot.SendAsync(message));

        Assert.DoesNotContain("Li Na", CardText.All(TestBot.CardOf(reply)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "Something went wrong, please try again.")]
    [InlineData("zh-CN", "出了点问题，请重试。")]
    public async Task TurnError_SendsLocalizedMessage(string locale, string expected)
    {
        TestBot bot = new();

        await OnTurnErrorAsync(bot, Activities.PersonalMessage("x", locale: locale));

        Activity reply = Assert.Single(bot.Connector.Sent);
        Assert.Equal(expected, CardText.All(TestBot.CardOf(reply)));
    }

    [Fact]
    public async Task TurnError_FailingConnectorAndSettings_DoesNotThrow()
    {
        TestBot bot = new();
        bot.Connector.FailSends = true;
        bot.Tenants.Fail = true;

        Exception? thrown = await Record.ExceptionAsync(() => OnTurnErrorAsync(bot, Activities.PersonalMessage("x", locale: null)));

        Assert.Null(thrown);
        Assert.Empty(bot.Connector.Sent);
    }

    [Fact]
    public async Task TurnError_ActivityWithoutConversation_DoesNotThrow()
    {
        TestBot bot = new();
        Activity broken = new() { Type = ActivityTypes.Message };

        Exception? thrown = await Record.ExceptionAsync(() => OnTurnErrorAsync(bot, broken));

        Assert.Null(thrown);
    }

    private static async Task OnTurnErrorAsync(TestBot bot, Activity activity)
    {
        using IServiceScope scope = bot.Services.CreateScope();
        IBotHandler handler = scope.ServiceProvider.GetRequiredService<IBotHandler>();
        await handler.OnTurnErrorAsync(new TurnContext(activity, bot.Connector), new InvalidOperationException("boom"), CancellationToken.None);
    }
}
