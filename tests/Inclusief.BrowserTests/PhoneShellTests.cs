using Inclusief.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

/// <summary>
/// The header on a phone: brand, language and menu (and on sensitive pages the quick-exit button) fit in at most
/// 120 px at 390 × 844, and no control covers another at 320, 390 and 1280 px wide or at 200 % zoom.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PhoneShellTests(BrowserApp app)
{
    private static readonly string[] Pages = ["/", "/Complaints", "/Complaints/FollowUp", "/Safety/Report", "/Safety/Check", "/Events", "/Participation", "/Accessibility", "/Accounts/SignIn"];

    /// <summary>Width, height and device scale: 200 % zoom of a 1280 px window lays out as 640 CSS pixels.</summary>
    private static readonly (int Width, int Height, float Scale)[] Screens = [(320, 640, 1), (390, 844, 1), (1280, 800, 1), (640, 400, 2)];

    [Theory]
    [InlineData("ro")]
    [InlineData("bg")]
    public async Task The_headers_controls_never_overlap_and_the_header_stays_small_on_a_phone(string code)
    {
        var problems = new List<string>();
        foreach (var (width, height, scale) in Screens)
        {
            var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new() { Width = width, Height = height }, DeviceScaleFactor = scale });
            await context.AddCookiesAsync([new Cookie { Name = "inclusief.culture", Value = $"c={code}|uic={code}", Url = app.BaseUrl }]);
            var page = await context.NewPageAsync();
            foreach (var path in Pages)
            {
                await page.GotoAsync(path);
                // One round trip per page: every header control the visitor can see, with its box.
                var boxes = (await page.EvaluateAsync<Box[]>("""
                    () => [...document.querySelectorAll('.site-header :is(a, summary, button)')]
                        .filter(e => e.checkVisibility())
                        .map(e => { const r = e.getBoundingClientRect(); return { name: e.innerText.trim(), x: r.x, y: r.y, width: r.width, height: r.height }; })
                    """)).Select(b => (b.Name, Box: new LocatorBoundingBoxResult { X = b.X, Y = b.Y, Width = b.Width, Height = b.Height })).ToList();
                if (boxes.Count < (await page.Locator(".quick-exit").CountAsync() == 1 ? 4 : 3))
                {
                    problems.Add($"{code} {width}px {path}: only {boxes.Count} header controls visible");
                }
                for (var i = 0; i < boxes.Count; i++)
                {
                    for (var j = i + 1; j < boxes.Count; j++)
                    {
                        if (Overlap(boxes[i].Box, boxes[j].Box))
                        {
                            problems.Add($"{code} {width}px {path}: \"{boxes[i].Name}\" overlaps \"{boxes[j].Name}\"");
                        }
                    }
                    if (boxes[i].Box.X < 0 || boxes[i].Box.X + boxes[i].Box.Width > width + 0.5)
                    {
                        problems.Add($"{code} {width}px {path}: \"{boxes[i].Name}\" sticks out of the screen");
                    }
                }
                var header = await page.Locator(".site-header").BoundingBoxAsync();
                if (width == 390 && header!.Height > 120)
                {
                    problems.Add($"{code} {width}px {path}: the header is {header.Height} px high");
                }
            }
            await context.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_menu_opens_by_keyboard_and_without_JavaScript_and_groups_the_staff_links()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 }, JavaScriptEnabled = false, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Complaints");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kennisbank" })).ToBeHiddenAsync();

        await page.Locator(".site-menu > summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kennisbank" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Home" })).ToBeFocusedAsync();
        // (No axe here: it runs as a script, and this visitor has none; the same page is checked with scripts elsewhere.)

        await page.Locator(".language-menu > summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "English" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Complaint desk");
        await context.CloseAsync();

        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, await app.CreateAsync(Inclusief.Web.Features.Accounts.StaffRoles.Coordinator, withTwoFactor: true));
        await coordinator.OpenMenuAsync();
        await Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "Coördinatie" })).ToBeHiddenAsync();
        await coordinator.Locator(".staff-menu > summary").ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "Coördinatie" })).ToBeVisibleAsync();
        await Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "Meldingen over de toegankelijkheid" })).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
    }

    private sealed class Box
    {
        public string Name { get; set; } = "";

        public float X { get; set; }

        public float Y { get; set; }

        public float Width { get; set; }

        public float Height { get; set; }
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width - 0.5 && b.X < a.X + a.Width - 0.5 && a.Y < b.Y + b.Height - 0.5 && b.Y < a.Y + a.Height - 0.5;
}
