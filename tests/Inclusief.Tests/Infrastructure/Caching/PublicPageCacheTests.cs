using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Caching;

namespace Inclusief.Tests.Infrastructure.Caching;

/// <summary>
/// Public pages come from the output cache for anonymous visitors, and never show what a save already changed.
/// A response served from the cache carries an Age header; one rendered for this request does not.
/// </summary>
public sealed class PublicPageCacheTests : IDisposable
{
    private readonly AppFactory _app = new();

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    [Fact]
    public async Task An_event_page_comes_from_the_cache_until_a_registration_changes_the_places_left()
    {
        var ev = await _app.PlanEventAsync(5, TimeProvider.System.GetUtcNow().UtcDateTime);
        var visitor = _app.CreateBrowser();
        var page = $"/Events/Details/{ev.Id}";

        var first = await visitor.GetAsync(page);
        var second = await visitor.GetAsync(page);
        await visitor.GetAsync("/Events");
        var listCached = await visitor.GetAsync("/Events");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Participants.UniqueEmail("cache"));
        var afterRegistration = await visitor.GetAsync(page);
        var listAfter = await visitor.GetStringAsync("/Events");

        Assert.False(FromCache(first));
        Assert.True(FromCache(second));
        Assert.True(FromCache(listCached));
        Assert.Contains("Nog 5 plaatsen", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(FromCache(afterRegistration));
        Assert.Contains("Nog 4 plaatsen", await afterRegistration.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Nog 4 plaatsen", listAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_visitor_is_never_served_a_cached_page_and_never_fills_the_cache()
    {
        var member = await _app.SignInAsync(await _app.CreateAsync());
        var anonymous = _app.CreateBrowser();

        await anonymous.GetAsync("/");
        var cachedForAnonymous = await anonymous.GetAsync("/");
        var signedIn = await member.GetAsync("/");
        var signedInAgain = await member.GetAsync("/");
        var anonymousAfter = await anonymous.GetStringAsync("/");

        Assert.True(FromCache(cachedForAnonymous));
        Assert.False(FromCache(signedIn));
        Assert.False(FromCache(signedInAgain));
        Assert.Contains("/Accounts/SignOut", await signedInAgain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("/Accounts/SignOut", anonymousAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_with_a_form_token_is_never_cached()
    {
        var ev = await _app.PlanEventAsync(5, TimeProvider.System.GetUtcNow().UtcDateTime);
        var visitor = _app.CreateBrowser();
        var eventPage = await visitor.GetStringAsync($"/Events/Details/{ev.Id}");
        var register = Links.Href(eventPage, $"a[href^='/Events/Register/{ev.Id}']")!;
        var lostLink = Links.Href(eventPage, "[data-testid=lost-link]")!;

        foreach (var page in new[] { register, lostLink })
        {
            var first = await visitor.GetAsync(page);
            var second = await visitor.GetAsync(page);
            Assert.False(FromCache(second), page);
            Assert.NotNull(Forms.Token(await first.Content.ReadAsStringAsync()));
            Assert.Contains("no-store", second.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }
        Assert.Empty(Forms.PostTargets(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(eventPage), $"/Events/Details/{ev.Id}"));
    }

    [Fact]
    public async Task A_notice_after_a_post_is_shown_although_the_page_it_lands_on_is_cached()
    {
        var ev = await _app.PlanEventAsync(5, TimeProvider.System.GetUtcNow().UtcDateTime);
        var visitor = _app.CreateBrowser();
        var page = $"/Events/Details/{ev.Id}";
        await visitor.GetAsync(page);
        Assert.True(FromCache(await visitor.GetAsync(page)));

        var lostLink = Links.Href(await visitor.GetStringAsync(page), "[data-testid=lost-link]")!;
        var answer = await visitor.FollowAsync(await visitor.SubmitAsync(lostLink, new Dictionary<string, string> { ["LinkEmail"] = "niemand@example.org" }));
        var next = await visitor.GetStringAsync(page);

        Assert.Contains("Als dit adres is aangemeld", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Als dit adres is aangemeld", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_language_is_cached_on_its_own()
    {
        var dutch = _app.CreateBrowser();
        var english = _app.CreateBrowser();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        // Work the host does in the background may save an event meanwhile and rightly evict the page: ask again then.
        HttpResponseMessage dutchCached;
        var visits = 0;
        do
        {
            await dutch.GetAsync("/Events");
            dutchCached = await dutch.GetAsync("/Events");
        }
        while (!FromCache(dutchCached) && ++visits < 5);
        var englishFirst = await english.GetAsync("/Events");

        Assert.True(FromCache(dutchCached));
        Assert.Contains("<h1>Bijeenkomsten</h1>", await dutchCached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(FromCache(englishFirst));
        Assert.Contains("<h1>Meetings</h1>", await englishFirst.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_tag_is_the_name_of_a_feature_folder_whose_saves_evict_it()
    {
        var features = Directory.GetDirectories(Path.Combine(SiteTexts.WebProject(), "Features")).Select(d => Path.GetFileName(d).ToLowerInvariant()).ToHashSet();

        Assert.All(PublicPages.Tags, tag => Assert.Contains(tag, features));
        Assert.Equal(PublicPages.Events, PublicPages.TagOf(typeof(Inclusief.Web.Features.Events.EventRegistration)));
        Assert.Equal(PublicPages.Programmes, PublicPages.TagOf(typeof(Inclusief.Web.Features.Programmes.TargetGroup)));
        Assert.Null(PublicPages.TagOf(typeof(Inclusief.Web.Infrastructure.Jobs.OutboxMessage)));
    }

    /// <summary>The cache answers before authorization runs: only pages anyone may see can opt in.</summary>
    [Fact]
    public void Only_pages_open_to_everyone_are_cached()
    {
        var cached = typeof(PublicPages).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute), false).Length > 0)
            .ToList();

        Assert.Equal(10, cached.Count);
        Assert.All(cached, page => Assert.NotEmpty(page.GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute), false)));
    }

    /// <summary>
    /// Several instances share one PostgreSQL (the production topology; SQLite is one instance by design): a save
    /// through one evicts the other's copy within a second.
    /// </summary>
    [Fact]
    [Trait(TestDatabase.Topology, TestDatabase.SeveralInstances)]
    public async Task A_save_on_one_instance_evicts_the_page_cached_by_another_within_a_second()
    {
        Assert.True(TestDatabase.IsPostgres, TestDatabase.SeveralInstancesNeedPostgres);
        var ev = await _app.PlanEventAsync(5, TimeProvider.System.GetUtcNow().UtcDateTime);
        using var other = new SecondInstance(_app);
        var visitor = other.CreateBrowser();
        var page = $"/Events/Details/{ev.Id}";
        // The second instance's listener empties its cache once it has connected: wait until the page stays cached.
        var cached = System.Diagnostics.Stopwatch.StartNew();
        while (!FromCache(await visitor.GetAsync(page)) && cached.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }
        Assert.True(FromCache(await visitor.GetAsync(page)));

        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Participants.UniqueEmail("other"));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        string html;
        do
        {
            html = await visitor.GetStringAsync(page);
        }
        while (!html.Contains("Nog 4 plaatsen", StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(5));

        Assert.Contains("Nog 4 plaatsen", html, StringComparison.Ordinal);
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(1), $"evicted after {waited.Elapsed.TotalMilliseconds:F0} ms");
    }

    public void Dispose() => _app.Dispose();
}
