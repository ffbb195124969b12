using Microsoft.Playwright;

namespace GrowBot.LocalChannel.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, headless, with a fresh user-data folder and no network beyond
/// 127.0.0.1. Nothing is downloaded: the browser must be installed with <c>apt-get install -y chromium</c>.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly string _userDataDirectory;

    private BrowserSession(IPlaywright playwright, IBrowserContext context, string userDataDirectory)
    {
        _playwright = playwright;
        Context = context;
        _userDataDirectory = userDataDirectory;
    }

    public IBrowserContext Context { get; }

    public static async Task<BrowserSession> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: run `apt-get install chromium` (with -y in scripts); the browser tests never download a browser.");

        string userDataDirectory = Directory.CreateTempSubdirectory("growbot-chromium-").FullName;
        IPlaywright playwright = await Playwright.CreateAsync();
        IBrowserContext context = await playwright.Chromium.LaunchPersistentContextAsync(userDataDirectory, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1000, Height = 800 },
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
        return new BrowserSession(playwright, context, userDataDirectory);
    }

    /// <summary>Saves a full-page screenshot to <c>artifacts/screenshots</c> under the test output folder.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        Directory.Delete(_userDataDirectory, recursive: true);
    }
}
