using System.Collections.Concurrent;
using GrowBot.LocalChannel.Tests.Browser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace GrowBot.Web.Tests.LocalChat;

/// <summary>
/// The whole product in a browser: the real GrowBot host (Development, local mode, demo company on SQLite) on
/// Kestrel at 127.0.0.1, the local Web Chat page in Debian's Chromium, and every turn through /api/messages.
/// </summary>
public sealed class RealBotChatTests : IAsyncLifetime
{
    private static readonly float Timeout = 20_000;
    private readonly ConcurrentQueue<string> _requestedUrls = new();
    private GrowBotAppFactory _app = null!;
    private BrowserSession _browser = null!;
    private IPage _page = null!;
    private Uri _baseAddress = null!;

    public async Task InitializeAsync()
    {
        _app = new GrowBotAppFactory(environment: "Development");
        _app.UseKestrel(0);
        _app.StartServer();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _baseAddress = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        _browser = await BrowserSession.LaunchAsync();
        _browser.Context.Request += (_, request) => _requestedUrls.Enqueue(request.Url);
        _page = await _browser.Context.NewPageAsync();
        _page.SetDefaultTimeout(Timeout);
        Assertions.SetDefaultExpectTimeout(Timeout);
        await _page.GotoAsync(_baseAddress.ToString());
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Help_CardButtonAnswers()
    {
        await Expect(Shown("Welcome to GrowBot")).ToBeVisibleAsync();

        await SendAsync("help");
        await Expect(Shown("What I can do")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(_page, "real-help-en");

        await CardButton("Who am I").Last.ClickAsync();
        await Expect(Shown("Who you are in GrowBot")).ToBeVisibleAsync();
        await Expect(Shown("Employee, Manager, HR business partner, Administrator")).ToBeVisibleAsync();
        AssertOnlyLoopbackRequests();
    }

    [Fact]
    public async Task Help_InChinese()
    {
        await Expect(Shown("Welcome to GrowBot")).ToBeVisibleAsync();

        await _page.SelectOptionAsync("#language", "zh-CN");
        await Expect(Shown("欢迎使用 GrowBot")).ToBeVisibleAsync();
        await SendAsync("帮助");
        await Expect(Shown("我能做什么")).ToBeVisibleAsync();

        await CardButton("我是谁").Last.ClickAsync();
        await Expect(Shown("你在 GrowBot 中的身份")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(_page, "real-help-zh");
        AssertOnlyLoopbackRequests();
    }

    [Fact]
    public async Task PersonaSwitch_ShowsEmployeeView()
    {
        await Expect(Shown("Welcome to GrowBot")).ToBeVisibleAsync();

        await _page.SelectOptionAsync("#persona", "zhang-wei");
        await SendAsync("whoami");
        await Expect(Shown("Who you are in GrowBot")).ToBeVisibleAsync();
        await Expect(Shown("Zhang Wei").First).ToBeVisibleAsync();
        await Expect(Shown("Employee, Manager, HR business partner")).ToHaveCountAsync(0);

        await SendAsync("prepare Chen Jing");
        await Expect(_page.Locator("p", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("HR business partners|HRBP") }).First).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(_page, "real-employee-en");
    }

    [Fact]
    public async Task Prepare_ShowsProfileCard()
    {
        await Expect(Shown("Welcome to GrowBot")).ToBeVisibleAsync();

        await SendAsync("prepare Zhang Wei");
        await Expect(Shown("Zhang Wei").First).ToBeVisibleAsync();
        await Expect(Shown("Sales").First).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(_page, "real-prepare-en");
        AssertOnlyLoopbackRequests();
    }

    private ILocator Shown(string text) => _page.Locator("p", new() { HasTextString = text });

    private ILocator CardButton(string title) => _page.Locator("button.ac-pushButton", new() { HasText = title });

    private async Task SendAsync(string text)
    {
        ILocator input = _page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private void AssertOnlyLoopbackRequests()
    {
        string origin = _baseAddress.GetLeftPart(UriPartial.Authority);
        Assert.All(_requestedUrls, url => Assert.True(url.StartsWith(origin, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal), url));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
