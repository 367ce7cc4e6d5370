using System.Net;
using AngleSharp.Html.Parser;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

/// <summary>
/// Every page reachable by links from the home page, for a visitor and for each role, on the demo data: no empty or
/// dead link or form, no 404 behind a link, no error page; the layout's forms work on every page.
/// </summary>
public sealed class CrawlTests : IAsyncLifetime, IDisposable
{
    private const int MaxPages = 600;
    private static readonly HtmlParser Parser = new();
    private readonly AppFactory _app = new();

    public async Task InitializeAsync() => await _app.Services.LoadDemoDataAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_demo_data_looks_like_a_first_year_of_the_programme_and_says_it_is_fictional()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var events = await db.Set<Inclusief.Web.Features.Events.Event>().Include(e => e.Rounds).AsNoTracking().ToListAsync();
        var kinds = await db.Set<Inclusief.Web.Features.Knowledge.KnowledgeItem>().Select(i => i.Kind).Distinct().ToListAsync();
        var states = await db.Set<Inclusief.Web.Features.Projects.SubProject>().Select(p => p.Status).Distinct().ToListAsync();
        var mapped = await db.Set<Inclusief.Web.Features.Policies.PolicyRecord>().Select(r => r.MunicipalityCode).Distinct().CountAsync();
        var trajectory = await db.Set<Inclusief.Web.Features.Research.Trajectory>().SingleAsync();

        Assert.True(events.Count >= 12, $"{events.Count} events");
        Assert.True(events.Count(e => e.EndsAt < now) >= 4 && events.Count(e => e.StartsAt > now) >= 4);
        Assert.Contains(events, e => e.Type == Inclusief.Web.Features.Events.EventType.ThemeMeeting && e.Rounds.Count == 2);
        Assert.Equal(Enum.GetValues<Inclusief.Web.Features.Knowledge.KnowledgeKind>().Order(), kinds.Order());
        Assert.True(states.Count >= 3, string.Join(", ", states));
        Assert.True(mapped >= 3);
        Assert.Equal(Inclusief.Web.Features.Research.ResearchPhase.FocusGroups, trajectory.Phase);
        Assert.All(events, e => Assert.Contains("(demo)", e.Title, StringComparison.Ordinal));
    }

    public static TheoryData<string> Visitors() => ["anonymous", "participant", StaffRoles.Coordinator, StaffRoles.Caseworker, StaffRoles.SafetyModerator, StaffRoles.Admin];

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task Every_linked_page_opens_and_every_link_and_form_points_somewhere(string visitor)
    {
        var browser = visitor switch
        {
            "anonymous" => _app.CreateBrowser(),
            "participant" => await _app.SignInAsync(await _app.CreateAsync()),
            _ => await _app.SignInAsStaffAsync(visitor),
        };
        var problems = new List<string>();
        var visited = 0;
        await foreach (var page in browser.CrawlAsync(MaxPages))
        {
            visited++;
            if (page.Status is 404 or >= 500)
            {
                problems.Add($"{page.Url} (linked from {page.From}) answers {page.Status}");
            }
            if (page.Document is not { } document)
            {
                continue;
            }
            foreach (var link in document.QuerySelectorAll("a[href]").Where(a => a.GetAttribute("href")!.Trim().Length == 0))
            {
                problems.Add($"{page.Url} has a link without an address: {link.OuterHtml}");
            }
            foreach (var (form, target) in Forms.PostTargets(document, page.Url))
            {
                var action = form.GetAttribute("action");
                if (action is not null && action.Trim().Length == 0)
                {
                    problems.Add($"{page.Url} has a form with an empty action: {form.OuterHtml[..Math.Min(200, form.OuterHtml.Length)]}");
                }
                if (form.QuerySelector("input[name=__RequestVerificationToken]") is null)
                {
                    problems.Add($"{page.Url} has a form posting to {target} without an antiforgery token");
                }
            }
            await SwitchLanguageTwiceAsync(browser, page.Html!, page.Url, problems);
        }

        if (visitor != "anonymous")
        {
            var signOut = await browser.FormIn(await browser.GetStringAsync("/"), "/", action: "/Accounts/SignOut").SubmitAsync(new Dictionary<string, string>());
            Assert.Equal("/Accounts/SignedOut", signOut.Headers.Location?.OriginalString);
        }
        Assert.True(visited > 10, $"Only {visited} pages were reachable.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct()));
    }

    // The layout's language menu, followed as rendered on this page, goes back to the page; then back to Dutch.
    private static async Task SwitchLanguageTwiceAsync(HttpClient browser, string html, string url, List<string> problems)
    {
        foreach (var code in new[] { "ro", "nl" })
        {
            var link = Links.Href(html, $".language-menu a[hreflang={code}]");
            if (link is null)
            {
                problems.Add($"{url} has no language menu entry for {code}");
                return;
            }
            var switched = await browser.GetAsync(link);
            if (switched.StatusCode != HttpStatusCode.Redirect)
            {
                problems.Add($"The language switch on {url} answers {(int)switched.StatusCode}");
                return;
            }
            var back = await browser.GetAsync(switched.Headers.Location);
            if (back.StatusCode != HttpStatusCode.OK)
            {
                return;
            }
            html = await back.Content.ReadAsStringAsync();
        }
    }
}
