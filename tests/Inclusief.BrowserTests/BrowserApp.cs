using System.Net;
using Deque.AxeCore.Playwright;
using Inclusief.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Inclusief.BrowserTests;

/// <summary>
/// The app on a real loopback port (a browser cannot reach the in-memory test server), sending mail to
/// MailDev, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class BrowserApp : AppFactory, IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public MailDev MailDev { get; } = MailDev.FromEnvironment();

    // Texts go to the Kannel gateway test.sh starts, so every page shows its SMS choices to axe as well.
    protected override Dictionary<string, string?> ExtraSettings => new(FakeSmsc.Settings())
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = MailDev.SmtpPort,
        ["Email:Smtp:Security"] = "None",
        ["Outbox:RunWorker"] = "true",
        ["Outbox:PollInterval"] = "00:00:00.200",
    };

    public async Task InitializeAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async Task<IPage> NewPageAsync(string locale = "nl-NL")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        return await context.NewPageAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        MailDev.Dispose();
        await DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}

public static class SiteHeader
{
    /// <summary>Opens the header's menu as a visitor does: the "Menu" button (a <c>details</c> summary).</summary>
    public static async Task OpenMenuAsync(this IPage page)
    {
        await page.Locator(".site-menu > summary").ClickAsync();
        await Assertions.Expect(page.Locator(".site-menu nav")).ToBeVisibleAsync();
    }

    /// <summary>Opens the language menu (the globe) and picks a language by the name it has in itself.</summary>
    public static async Task ChooseLanguageAsync(this IPage page, string nativeName)
    {
        await page.Locator(".language-menu > summary").ClickAsync();
        await page.Locator(".language-menu").GetByRole(AriaRole.Link, new() { Name = nativeName, Exact = true }).ClickAsync();
    }
}

public static class Accessibility
{
    /// <summary>Runs axe on the page as it is now; serious and critical violations fail the test.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // The same axe run in the page itself. The default mode opens a fresh page per call to merge the results
        // of cross-origin frames, which this site has none of; it took 2 s a page on 2 cores instead of 0.5 s,
        // half the browser suite's time.
#pragma warning disable CS0618
        var result = await page.RunAxeLegacy();
#pragma warning restore CS0618
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }
}
