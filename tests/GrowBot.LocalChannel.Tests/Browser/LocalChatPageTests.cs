using System.Collections.Concurrent;
using GrowBot.LocalChannel.Tests.Support;
using Microsoft.Playwright;

namespace GrowBot.LocalChannel.Tests.Browser;

/// <summary>The page with the real Web Chat 4.18.1 bundle in Chromium, against the fake bot.</summary>
public sealed class LocalChatPageTests : IAsyncLifetime
{
    private static readonly float Timeout = (float)Wait.Deadline.TotalMilliseconds;
    private readonly ConcurrentQueue<string> _requestedUrls = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private LocalChannelTestHost _host = null!;
    private BrowserSession _browser = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalChannelTestHost.StartAsync();
        _browser = await BrowserSession.LaunchAsync();
        _browser.Context.Request += (_, request) => _requestedUrls.Enqueue(request.Url);
        _page = await _browser.Context.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Enqueue(message.Text);
            }
        };
        _page.PageError += (_, error) => _consoleErrors.Enqueue(error);
        _page.SetDefaultTimeout(Timeout);
        Assertions.SetDefaultExpectTimeout(Timeout);
        await _page.GotoAsync(_host.BaseAddress.ToString());
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task HelpCard_ButtonsWork()
    {
        await Expect(Shown("Welcome, Lin Wei")).ToBeVisibleAsync();

        await SendAsync("help");
        await Expect(Shown("GrowBot help")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(_page, "help-card");

        await CardButton("Say hello").ClickAsync();
        await Expect(Shown("Submitted: hello")).ToBeVisibleAsync();

        await CardButton("Mark done").ClickAsync();
        await Expect(Shown("Done: done")).ToBeVisibleAsync();
        await Expect(Shown("GrowBot help")).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(_page, "card-replaced");

        Assert.Contains(_host.Bot.Received, a => FakeBot.Str(a, "type") == "invoke" && FakeBot.Str(a, "name") == "adaptiveCard/action");
        AssertOnlyLoopbackRequests();
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task LanguageSwitch_RestartsInChinese()
    {
        await Expect(Shown("Welcome, Lin Wei")).ToBeVisibleAsync();

        await _page.SelectOptionAsync("#language", "zh-CN");

        await Expect(Shown("欢迎，林薇")).ToBeVisibleAsync();
        await Expect(_page.Locator("#persona-label")).ToHaveTextAsync("身份");
        await Expect(_page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(_page.Locator("#persona option").First).ToHaveTextAsync("林薇 · HRBP");
        await SendAsync("你好");
        await Expect(Shown("Echo: 你好")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(_page, "chinese");
        AssertOnlyLoopbackRequests();
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task PersonaSwitch_RestartsAsEmployee()
    {
        await Expect(Shown("Welcome, Lin Wei")).ToBeVisibleAsync();

        await _page.SelectOptionAsync("#persona", "employee-chen");

        await Expect(Shown("Welcome, Chen Jie")).ToBeVisibleAsync();
        await Expect(Shown("Welcome, Lin Wei")).ToHaveCountAsync(0);
        await SendAsync("who am I");
        await Expect(Shown("Echo: who am I")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(_page, "employee");

        Assert.Contains(_host.Bot.Received, a => FakeBot.Str(a, "text") == "who am I" && FakeBot.Str(a["from"], "id") == "29:local-employee-chen");
        AssertOnlyLoopbackRequests();
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task ConnectorUpdate_ReplacesMessageInPlace()
    {
        await Expect(Shown("Welcome, Lin Wei")).ToBeVisibleAsync();

        await SendAsync("update");
        await Expect(Shown("Version 2")).ToBeVisibleAsync();
        await SendAsync("after the update");
        await Expect(Shown("Echo: after the update")).ToBeVisibleAsync();

        await Expect(Shown("Version 1")).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(_page, "message-updated");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task MissingWebChat_ShowsFetchScriptNotice()
    {
        IPage page = await _browser.Context.NewPageAsync();
        await page.RouteAsync("**/local/webchat.js", route => route.FulfillAsync(new() { Status = 404, Body = "missing" }));

        await page.GotoAsync(_host.BaseAddress.ToString());

        await Expect(page.Locator("#notice")).ToBeVisibleAsync();
        await Expect(page.Locator("#notice")).ToContainTextAsync("tools/webchat/fetch-webchat.sh");
        await BrowserSession.ScreenshotAsync(page, "webchat-missing");
    }

    // Web Chat repeats each message in hidden screen-reader labels; the visible text and card text blocks are paragraphs.
    private ILocator Shown(string text) => _page.Locator("p", new() { HasTextString = text });

    // Web Chat also renders a hidden copy of each button for screen readers; the card's own buttons have this class.
    private ILocator CardButton(string title) => _page.Locator("button.ac-pushButton", new() { HasText = title });

    private async Task SendAsync(string text)
    {
        ILocator input = _page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private void AssertOnlyLoopbackRequests()
    {
        string origin = _host.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.All(_requestedUrls, url => Assert.True(url.StartsWith(origin, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal), url));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
