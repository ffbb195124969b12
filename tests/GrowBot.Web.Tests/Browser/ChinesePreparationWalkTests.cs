using System.Globalization;
using GrowBot.Web.Tests.LocalChat;
using Microsoft.Playwright;

namespace GrowBot.Web.Tests.Browser;

/// <summary>
/// Li Juan prepares Zhang Wei in Chinese in the local Web Chat page: the real host on Kestrel at 127.0.0.1, Debian's
/// Chromium, every click through /api/messages, from the Goal stage towards the brief.
/// </summary>
public sealed class ChinesePreparationWalkTests : RealBotPageTest
{
    [Fact]
    public async Task Preparation_InChinese_ReachesOptions()
    {
        await WalkToOptionsAsync();

        AssertOnlyLoopbackRequests();
    }

    [Fact]
    public async Task Preparation_InChinese_WalksToBrief()
    {
        await WalkToOptionsAsync();

        await CardButton("下一步").Last.ClickAsync();
        await Expect(Shown("第 4 步（共 4 步）：行动 (Way forward)").Last).ToBeVisibleAsync();
        await Expect(Shown("还没有行动项，请在下方添加。").Last).ToBeVisibleAsync();
        await AddActionItemAsync("两天内回复每一份报价");
        await Expect(Shown("两天内回复每一份报价：截止 ").Last).ToBeVisibleAsync();
        await ScreenshotAsync("walk-zh-4-way-forward");

        await CardButton("完成并生成简报").Last.ClickAsync();
        await Expect(Shown("面谈简报：张伟").Last).ToBeVisibleAsync();
        await Expect(Shown("使用的数据").Last).ToBeVisibleAsync();
        await ScreenshotAsync("walk-zh-5-brief");
        await Expect(Page.GetByText("你的笔记：先问问报价积压的情况。").Last).ToBeAttachedAsync();
        AssertOnlyLoopbackRequests();
    }

    /// <summary>Switches the page to Chinese, starts the preparation of Zhang Wei and clicks through to the Options stage.</summary>
    private async Task WalkToOptionsAsync()
    {
        await Expect(Shown("Welcome to GrowBot")).ToBeVisibleAsync();
        await Page.SelectOptionAsync("#language", "zh-CN");
        await Expect(Shown("欢迎使用 GrowBot")).ToBeVisibleAsync();

        await SendAsync("准备面谈 张伟");
        await Expect(Shown("面谈准备：张伟").Last).ToBeVisibleAsync();
        await Expect(Shown("第 1 步（共 4 步）：目标 (Goal)").Last).ToBeVisibleAsync();
        await Expect(Shown("目标：公司 → 团队 → 个人").Last).ToBeVisibleAsync();
        await ScreenshotAsync("walk-zh-1-goal");

        await Page.GetByLabel("你在此阶段的笔记（仅你可见）").Last.FillAsync("先问问报价积压的情况。");
        // A target of 100 % (unchanged) also runs the feasibility check on the way.
        await Page.GetByLabel("新目标（占当前目标的百分比，100 = 不变）").Last.FillAsync("100");
        await CardButton("下一步").Last.ClickAsync();
        await Expect(Shown("第 2 步（共 4 步）：现状 (Reality)").Last).ToBeVisibleAsync();
        await Expect(Shown("趋势信号").Last).ToBeVisibleAsync();
        await Expect(Shown("月加班从 20 小时增加到 26 小时").Last).ToBeVisibleAsync();
        await Expect(Shown("+30%").Last).ToBeVisibleAsync();
        await Expect(Shown("客户投诉率从 2.00 升至 2.30").Last).ToBeVisibleAsync();
        await ScreenshotAsync("walk-zh-2-reality");

        await CardButton("下一步").Last.ClickAsync();
        await Expect(Shown("第 3 步（共 4 步）：方案 (Options)").Last).ToBeVisibleAsync();
        await Expect(Shown("推荐依据").Last).ToBeVisibleAsync();
        await ScreenshotAsync("walk-zh-3-options");
    }

    private async Task AddActionItemAsync(string title)
    {
        string due = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Page.GetByLabel("标题", new() { Exact = true }).Last.FillAsync(title);
        await Page.GetByLabel("截止日期", new() { Exact = true }).Last.FillAsync(due);
        await CardButton("添加行动项").Last.ClickAsync();
    }
}
