using Microsoft.Playwright;

namespace GrowBot.Web.Tests.LocalChat;

/// <summary>
/// The whole product in a browser: the real GrowBot host (Development, local mode, demo company on SQLite) on
/// Kestrel at 127.0.0.1, the local Web Chat page in Debian's Chromium, and every turn through /api/messages.
/// </summary>
public sealed class RealBotChatTests : RealBotPageTest
{
    [Fact]
    public async Task Help_CardButtonAnswers()
    {
        await Expect(Shown("Welcome to GrowBot")).ToBeVisibleAsync();

        await SendAsync("help");
        await Expect(Shown("What I can do")).ToBeVisibleAsync();
        await ScreenshotAsync("real-help-en");

        await CardButton("Who am I").Last.ClickAsync();
        await Expect(Shown("Who you are in GrowBot")).ToBeVisibleAsync();
        await Expect(Shown("Employee, Manager, HR business partner, Administrator")).ToBeVisibleAsync();
        AssertOnlyLoopbackRequests();
    }

    [Fact]
    public async Task Help_InChinese()
    {
        await Expect(Shown("Welcome to GrowBot")).ToBeVisibleAsync();

        await Page.SelectOptionAsync("#language", "zh-CN");
        await Expect(Shown("欢迎使用 GrowBot")).ToBeVisibleAsync();
        await SendAsync("帮助");
        await Expect(Shown("我能做什么")).ToBeVisibleAsync();

        await CardButton("我是谁").Last.ClickAsync();
        await Expect(Shown("你在 GrowBot 中的身份")).ToBeVisibleAsync();
        await ScreenshotAsync("real-help-zh");
        AssertOnlyLoopbackRequests();
    }

    [Fact]
    public async Task PersonaSwitch_ShowsEmployeeView()
    {
        await Expect(Shown("Welcome to GrowBot")).ToBeVisibleAsync();

        await Page.SelectOptionAsync("#persona", "zhang-wei");
        await SendAsync("whoami");
        await Expect(Shown("Who you are in GrowBot")).ToBeVisibleAsync();
        await Expect(Shown("Zhang Wei").First).ToBeVisibleAsync();
        await Expect(Shown("Employee, Manager, HR business partner")).ToHaveCountAsync(0);

        await SendAsync("prepare Chen Jing");
        await Expect(Page.Locator("p", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("HR business partners|HRBP") }).First).ToBeVisibleAsync();
        await ScreenshotAsync("real-employee-en");
    }

    [Fact]
    public async Task Prepare_ShowsProfileCard()
    {
        await Expect(Shown("Welcome to GrowBot")).ToBeVisibleAsync();

        await SendAsync("prepare Zhang Wei");
        await Expect(Shown("Zhang Wei").First).ToBeVisibleAsync();
        await Expect(Shown("Sales").First).ToBeVisibleAsync();
        await ScreenshotAsync("real-prepare-en");
        AssertOnlyLoopbackRequests();
    }
}
