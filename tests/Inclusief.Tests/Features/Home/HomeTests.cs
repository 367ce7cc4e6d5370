using System.Net;
using Inclusief.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

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

        var response = await browser.GetAsync(Links.Href(await browser.GetStringAsync("/Events"), ".language-menu a[hreflang=en]"));
        var html = await browser.FollowAsync(response);
        var later = await browser.GetStringAsync("/");

        Assert.Equal("/Events", response.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", later, StringComparison.Ordinal);
        Assert.Contains("Six ways to take part", later, StringComparison.Ordinal);
        Assert.Contains("Inclusive collaboration in the city", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_menu_names_every_language_in_itself_with_lang_and_hreflang()
    {
        var html = await app.CreateBrowser().GetStringAsync("/");
        var links = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll(".language-menu a")
            .Select(a => (a.TextContent, Lang: a.GetAttribute("lang"), HrefLang: a.GetAttribute("hreflang"), Current: a.GetAttribute("aria-current"))).ToList();

        Assert.Equal(
            [("Nederlands", "nl", "nl", "true"), ("English", "en", "en", null), ("Română", "ro", "ro", null), ("Български", "bg", "bg", null), ("Magyar", "hu", "hu", null), ("Polski", "pl", "pl", null), ("Español", "es", "es", null)],
            links);
    }

    [Fact]
    public async Task A_browser_asking_for_Romanian_gets_Romanian_and_a_text_not_translated_falls_back_to_English()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/Language");
        request.Headers.AcceptLanguage.ParseAdd("ro-RO,ro;q=0.9");

        var html = await (await app.CreateBrowser().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"ro\">", html, StringComparison.Ordinal);
        Assert.Contains("Ieșire", await (await app.CreateBrowser().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/Complaints") { Headers = { AcceptLanguage = { new("ro") } } })).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("ro");
        try
        {
            var texts = app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Inclusief.Web.SharedResource>>();
            // A staff text has English but no Romanian: English it is, never blank and never the Dutch.
            Assert.Equal("Round up", texts["Ronde omhoog"].Value);
            Assert.True(texts["Ronde omhoog"].ResourceNotFound);
            Assert.Equal("Ieșire rapidă", texts["Snel weg"].Value);
            Assert.Equal("Geheel nieuw", texts["Geheel nieuw"].Value);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Only_a_click_on_this_site_changes_the_language_of_a_members_mail_and_an_image_changes_nothing()
    {
        var member = await app.CreateAsync();
        var browser = await app.SignInAsync(member);
        async Task<(HttpStatusCode Status, bool Cookie, string? Mail)> ChooseAsync(string culture, string site, string destination)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, Links.Href(await browser.GetStringAsync("/"), $".language-menu a[hreflang={culture}]"));
            request.Headers.Add("Sec-Fetch-Site", site);
            request.Headers.Add("Sec-Fetch-Dest", destination);
            var response = await browser.SendAsync(request);
            await using var scope = app.Services.CreateAsyncScope();
            var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Inclusief.Data.AppUser>>().FindByIdAsync(member.Id);
            return (response.StatusCode, response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Contains("culture", StringComparison.Ordinal)), user!.PreferredCulture);
        }

        var image = await ChooseAsync("bg", "same-origin", "image");
        var elsewhere = await ChooseAsync("hu", "cross-site", "document");
        var here = await ChooseAsync("ro", "same-origin", "document");

        Assert.Equal((HttpStatusCode.BadRequest, false), (image.Status, image.Cookie));
        Assert.Equal((HttpStatusCode.Redirect, true), (elsewhere.Status, elsewhere.Cookie));
        Assert.NotEqual("hu", elsewhere.Mail);
        Assert.Equal((HttpStatusCode.Redirect, true, "ro"), here);
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
        var response = await app.CreateBrowser().GetAsync("/Language?culture=xx-YY");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Deze taal kennen we niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_never_redirects_to_another_site()
    {
        var response = await app.CreateBrowser().GetAsync("/Language?culture=en&returnUrl=https%3A%2F%2Fevil.example%2F");

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
    [InlineData("/Accessibility")]
    [InlineData("/Language")]
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
        Assert.Matches("<meta name=\"description\" content=\"[^\"]{50,}\">", html);
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
