using System.Net;
using Inclusief.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;

namespace Inclusief.Tests.Infrastructure;

/// <summary>Mailed links come from Site:PublicUrl, whatever Host header the request that caused them carried.</summary>
[Collection(SharedApp.Name)]
public sealed class PublicAddressTests(AppFactory app)
{
    private HttpClient FromEvilHost() =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example"), AllowAutoRedirect = false, HandleCookies = true });

    private static void AssertLinksPointHome(MimeMessage mail, string path)
    {
        var text = (mail.TextBody ?? "") + (mail.HtmlBody ?? "");
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
        Assert.Contains("http://localhost" + path, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_requested_with_a_forged_host_mails_a_link_to_the_real_site()
    {
        var user = await app.CreateAsync(email: Participants.UniqueEmail("host-reset"), emailConfirmed: true);

        await FromEvilHost().SubmitAsync("/Accounts/ForgotPassword", new Dictionary<string, string> { ["Email"] = user.Email! });

        AssertLinksPointHome((await app.MailsToAsync(user.Email!)).Single(m => m.Subject == "Nieuw wachtwoord instellen"), "/Accounts/ResetPassword");
    }

    [Fact]
    public async Task A_sign_in_link_requested_with_a_forged_host_points_at_the_real_site()
    {
        var email = Participants.UniqueEmail("host-link");
        await app.SignUpAsync(email);

        await FromEvilHost().SubmitAsync("/Participation/Return", new Dictionary<string, string> { ["Email"] = email });

        AssertLinksPointHome((await app.MailsToAsync(email)).Last(m => m.Subject == "Je inloglink"), "/Participation/Return");
    }

    [Fact]
    public async Task Confirmation_mails_for_an_account_and_the_newsletter_point_at_the_real_site()
    {
        var accountEmail = Participants.UniqueEmail("host-account");
        var newsletterEmail = Participants.UniqueEmail("host-news");
        var evil = FromEvilHost();

        await evil.SubmitAsync("/Accounts/Register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Jade", ["Input.UserName"] = $"host-{Guid.NewGuid():N}"[..20], ["Input.Password"] = People.Password,
            ["Input.ConfirmPassword"] = People.Password, ["Input.Email"] = accountEmail,
        });
        await FromEvilHost().SubmitAsync("/Newsletter", new Dictionary<string, string> { ["Email"] = newsletterEmail });

        AssertLinksPointHome((await app.MailsToAsync(accountEmail)).Single(m => m.Subject == "Bevestig je e-mailadres"), "/Accounts/ConfirmEmail");
        AssertLinksPointHome((await app.MailsToAsync(newsletterEmail)).Single(m => m.Subject == "Bevestig je aanmelding voor de nieuwsbrief"), "/Newsletter/Confirm");
    }
}

/// <summary>Outside Development the site answers only for its own host.</summary>
public sealed class AllowedHostTests : IDisposable
{
    private readonly ProductionApp _app = new();

    private sealed class ProductionApp : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Site:PublicUrl", "http://localhost");
        }
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_request_for_another_host_is_refused_and_the_real_host_is_served()
    {
        var evil = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example"), AllowAutoRedirect = false });

        var refused = await evil.GetAsync("/Accounts/ForgotPassword");
        var served = await _app.CreateBrowser().GetAsync("/Accounts/ForgotPassword");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }
}

/// <summary>Outside Development: HSTS for a year with subdomains, and only Secure <c>__Host-</c> cookies.</summary>
public sealed class TransportTests : IDisposable
{
    private readonly HttpsApp _app = new();

    private sealed class HttpsApp : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Site:PublicUrl", "https://inclusief.test");
            builder.UseSetting("Security:RequireHttps", "true");
        }
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Over_https_the_site_sends_a_year_of_HSTS_and_only_secure_host_cookies()
    {
        var browser = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://inclusief.test"), AllowAutoRedirect = false });
        var user = await _app.CreateAsync();

        var page = await browser.GetAsync("/Accounts/SignIn");
        var form = browser.FormIn(await page.Content.ReadAsStringAsync(), "/Accounts/SignIn");
        var signIn = await form.SubmitAsync(new Dictionary<string, string> { ["Input.UserName"] = user.UserName!, ["Input.Password"] = People.Password });
        var language = await browser.GetAsync(Links.Href(await (await browser.GetAsync("/")).Content.ReadAsStringAsync(), ".language-menu a[hreflang=en]"));
        var cookies = new[] { page, signIn, language }.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : []).ToList();

        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(",", page.Headers.GetValues("Strict-Transport-Security")));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(cookies, c => c.StartsWith("__Host-inclusief.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-inclusief.af=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-inclusief.culture=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-", c, StringComparison.Ordinal);
            Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; path=/", c, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", c, StringComparison.OrdinalIgnoreCase);
        });
    }
}
