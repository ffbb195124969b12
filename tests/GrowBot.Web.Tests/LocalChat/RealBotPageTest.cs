using System.Collections.Concurrent;
using GrowBot.LocalChannel.Tests.Browser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace GrowBot.Web.Tests.LocalChat;

/// <summary>
/// The real GrowBot host (Development, local mode, demo company on SQLite) on Kestrel at 127.0.0.1, with the local
/// Web Chat page open in Debian's Chromium; every turn goes through /api/messages. Tests derive from it.
/// </summary>
public abstract class RealBotPageTest : IAsyncLifetime
{
    private static readonly float Timeout = 20_000;
    private readonly ConcurrentQueue<string> _requestedUrls = new();
    private GrowBotAppFactory _app = null!;
    private BrowserSession _browser = null!;
    private Uri _baseAddress = null!;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = new GrowBotAppFactory(environment: "Development");
        _app.UseKestrel(0);
        _app.StartServer();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _baseAddress = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        _browser = await BrowserSession.LaunchAsync();
        _browser.Context.Request += (_, request) => _requestedUrls.Enqueue(request.Url);
        Page = await _browser.Context.NewPageAsync();
        Page.SetDefaultTimeout(Timeout);
        Assertions.SetDefaultExpectTimeout(Timeout);
        await Page.GotoAsync(_baseAddress.ToString());
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Text that Web Chat shows; its hidden screen-reader copies are not paragraphs.</summary>
    protected ILocator Shown(string text) => Page.Locator("p", new() { HasTextString = text });

    /// <summary>A button of a card; Web Chat's hidden copies of the buttons lack this class.</summary>
    protected ILocator CardButton(string title) => Page.Locator("button.ac-pushButton", new() { HasText = title });

    protected async Task SendAsync(string text)
    {
        ILocator input = Page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    protected Task ScreenshotAsync(string name) => BrowserSession.ScreenshotAsync(Page, name);

    protected void AssertOnlyLoopbackRequests()
    {
        string origin = _baseAddress.GetLeftPart(UriPartial.Authority);
        Assert.All(_requestedUrls, url => Assert.True(url.StartsWith(origin, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal), url));
    }

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
