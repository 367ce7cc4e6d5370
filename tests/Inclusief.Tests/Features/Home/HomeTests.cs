using System.Net;
using Inclusief.Tests.Support;

namespace Inclusief.Tests.Features.Home;

[Collection(SharedApp.Name)]
public sealed class HomeTests(AppFactory app)
{
    [Fact]
    public async Task Home_page_explains_the_programme_in_Dutch_by_default()
    {
        var html = await app.CreateBrowser().GetStringAsync("/");

        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("Zes manieren om mee te doen", html, StringComparison.Ordinal);
        Assert.Contains("Inclusief samenwerken in de stad", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_English_shows_the_site_in_English_from_then_on()
    {
        var browser = app.CreateBrowser();

        var response = await browser.SubmitAsync("/Language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" });
        var html = await browser.FollowAsync(response);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Six ways to take part", html, StringComparison.Ordinal);
        Assert.Contains("Inclusive collaboration in the city", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_asking_for_English_gets_English()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var html = await (await app.CreateBrowser().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("Six ways to take part", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_an_unknown_language_gives_a_clear_400_page()
    {
        var response = await app.CreateBrowser().SubmitAsync("/Language", new Dictionary<string, string> { ["culture"] = "xx-YY" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Deze taal kennen we niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_never_redirects_to_another_site()
    {
        var response = await app.CreateBrowser().SubmitAsync("/Language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "https://evil.example/" });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_tampered_language_cookie_falls_back_to_Dutch()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "inclusief.culture=c=%3Cscript%3E|uic=zz");

        var response = await app.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"nl\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Participation")]
    [InlineData("/Participation/SignUp/partner")]
    [InlineData("/Newsletter")]
    [InlineData("/Organisations/Partners")]
    [InlineData("/Events")]
    [InlineData("/Complaints")]
    [InlineData("/Complaints/FollowUp")]
    [InlineData("/Complaints/Signals")]
    [InlineData("/Safety")]
    [InlineData("/Safety/Report")]
    [InlineData("/Policies")]
    [InlineData("/Newsletter/Editions")]
    [InlineData("/Knowledge")]
    [InlineData("/ImageBank")]
    public async Task A_public_page_stays_within_the_50_KB_budget_with_everything_it_loads(string url)
    {
        var browser = app.CreateBrowser();

        var html = await browser.GetStringAsync(url);
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"(/[^\"]+\\.(?:css|js|svg)[^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        var total = System.Text.Encoding.UTF8.GetByteCount(html);
        foreach (var asset in assets)
        {
            total += (await browser.GetByteArrayAsync(asset)).Length;
        }

        Assert.Contains(assets, a => a.StartsWith("/css/site.css", StringComparison.Ordinal));
        Assert.True(total < 50 * 1024, $"{url}: {total} bytes with {string.Join(", ", assets)}");
    }

    [Fact]
    public async Task The_privacy_statement_is_linked_from_every_page_and_says_no_addresses_are_kept()
    {
        var home = await app.CreateBrowser().GetStringAsync("/");
        var privacy = await app.CreateBrowser().GetStringAsync("/Privacy");

        Assert.Contains("href=\"/Privacy\"", home, StringComparison.Ordinal);
        Assert.Contains("geen IP-adressen", privacy, StringComparison.Ordinal);
    }
}
