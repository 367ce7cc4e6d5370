using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accessibility;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Accessibility;

public sealed class AccessibilityStatementTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    public void Dispose() => _app.Dispose();

    private static async Task<string> StatementAsync(HttpClient browser) =>
        await browser.FollowLinkAsync(await browser.GetStringAsync("/"), "footer a[href='/Accessibility']");

    [Fact]
    public async Task The_footer_leads_to_the_statement_which_names_the_standard_the_tests_and_the_known_gaps()
    {
        var html = await StatementAsync(_app.CreateBrowser());

        Assert.Contains("<h1>Toegankelijkheidsverklaring</h1>", html, StringComparison.Ordinal);
        Assert.Contains("WCAG 2.1 op niveau AA", html, StringComparison.Ordinal);
        Assert.Contains("EN 301 549", html, StringComparison.Ordinal);
        Assert.Contains("Automatische tests vinden niet alles.", html, StringComparison.Ordinal);
        Assert.Contains("nog niet nagekeken door moedertaalsprekers", html, StringComparison.Ordinal);
        Assert.Contains("dan antwoorden we binnen 10 dagen", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Hoe toegankelijk deze website is", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_barrier_reported_in_Romanian_reaches_the_coordinators_sealed_and_is_answered_once_in_Romanian()
    {
        var coordinator = await _app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true, email: "coord@example.org", emailConfirmed: true);
        var reporter = _app.CreateBrowser();
        await reporter.GetAsync(Links.Href(await reporter.GetStringAsync("/"), ".language-menu a[hreflang=ro]"));
        var statement = await StatementAsync(reporter);
        var description = $"Butonul de ieșire acoperă meniul ({Guid.NewGuid():N})";
        var fields = new Dictionary<string, string> { ["Input.Description"] = description, ["Input.Page"] = "/Safety/Report", ["Input.Email"] = "raportor@example.org" };

        var sent = await reporter.FormIn(statement, "/Accessibility", fields, "/Accessibility").SubmitAsync(fields);
        var again = await reporter.FormIn(statement, "/Accessibility", fields, "/Accessibility").SubmitAsync(fields);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var thanks = await sent.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ro\">", thanks, StringComparison.Ordinal);
        Assert.Contains(SiteTexts.In("ro", "We hebben je melding ontvangen. Je krijgt binnen {0} dagen antwoord per e-mail.").Replace("{0}", "10", StringComparison.Ordinal), System.Net.WebUtility.HtmlDecode(thanks), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<BarrierReport>().SingleAsync();
            Assert.Equal("ro", report.Culture);
            Assert.Equal(new DateOnly(2026, 12, 7), report.ReceivedOn);
        }
        // Nobody is mailed on arrival (a mail's time would date the report); the staff menu counts it.
        Assert.Empty(await _app.MailsToAsync("coord@example.org"));
        // Only ciphertext anywhere: the report, the outbox, the audit.
        Assert.Empty(await _app.TablesContainingAsync("Butonul de ieșire"));
        Assert.Empty(await _app.TablesContainingAsync("raportor@example.org"));

        var staff = await _app.SignInAsync(coordinator);
        var home = await staff.GetStringAsync("/");
        Assert.Contains("1 meldingen over de toegankelijkheid", home, StringComparison.Ordinal);
        var list = await staff.FollowLinkAsync(home, "a[href='/Accessibility/Admin']");
        Assert.Contains("Antwoord gaat naar raportor@example.org, in het Română.", System.Net.WebUtility.HtmlDecode(list), StringComparison.Ordinal);
        Assert.Contains(description, list, StringComparison.Ordinal);
        Assert.Contains("antwoord uiterlijk donderdag 17 december 2026", list, StringComparison.Ordinal);
        var answer = new Dictionary<string, string> { ["answer"] = "Am mutat butonul; mulțumim!" };
        var empty = await staff.FormIn(list, "/Accessibility/Admin", new Dictionary<string, string> { ["answer"] = " " }).SubmitAsync(new Dictionary<string, string> { ["answer"] = " " });
        Assert.Contains("Schrijf eerst je antwoord.", await staff.FollowAsync(empty), StringComparison.Ordinal);
        var answered = await staff.FormIn(list, "/Accessibility/Admin", answer).SubmitAsync(answer);
        var after = await staff.FollowAsync(answered);
        var twice = await staff.FollowAsync(await staff.FormIn(list, "/Accessibility/Admin", answer).SubmitAsync(answer));

        Assert.Contains("Je antwoord is verstuurd.", after, StringComparison.Ordinal);
        Assert.Contains("Er wachten geen meldingen op een antwoord.", after, StringComparison.Ordinal);
        Assert.Contains("Deze melding is al beantwoord.", twice, StringComparison.Ordinal);
        var mail = Assert.Single(await _app.MailsToAsync("raportor@example.org"));
        Assert.Contains("Am mutat butonul; mulțumim!", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Bună,", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_report_is_refused_in_the_readers_language_and_stores_nothing()
    {
        var browser = _app.CreateBrowser();
        await browser.GetAsync(Links.Href(await browser.GetStringAsync("/"), ".language-menu a[hreflang=es]"));
        var statement = await StatementAsync(browser);
        var fields = new Dictionary<string, string> { ["Input.Description"] = "", ["Input.Email"] = "geen-adres" };

        var html = await (await browser.FormIn(statement, "/Accessibility", fields, "/Accessibility").SubmitAsync(fields)).Content.ReadAsStringAsync();

        Assert.Contains(SiteTexts.In("es", "Vertel kort waar je vastliep."), html, StringComparison.Ordinal);
        Assert.Contains("value=\"geen-adres\"", html, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<BarrierReport>().CountAsync());
    }

    [Fact]
    public async Task A_year_after_the_answer_the_report_keeps_only_its_day_and_an_unanswered_one_too()
    {
        var reporter = _app.CreateBrowser();
        var statement = await StatementAsync(reporter);
        var fields = new Dictionary<string, string> { ["Input.Description"] = "De kaart op de evenementenpagina heeft geen tekst.", ["Input.Email"] = "" };
        await reporter.FormIn(statement, "/Accessibility", fields, "/Accessibility").SubmitAsync(fields);
        var staff = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var list = await staff.GetStringAsync("/Accessibility/Admin");
        Assert.Contains("De melder gaf geen e-mailadres.", list, StringComparison.Ordinal);
        await using (var arrived = _app.Services.CreateAsyncScope())
        {
            // Without an address there is nobody to answer in a language: the language is not kept either.
            Assert.Null((await arrived.ServiceProvider.GetRequiredService<AppDbContext>().Set<BarrierReport>().SingleAsync()).Culture);
        }
        await staff.FormIn(list, "/Accessibility/Admin", new Dictionary<string, string> { ["withoutAnswer"] = "true" }).SubmitAsync(new Dictionary<string, string> { ["withoutAnswer"] = "true" });

        _app.Clock.Advance(TimeSpan.FromDays(366));
        await using var scope = _app.Services.CreateAsyncScope();
        var rule = scope.ServiceProvider.GetServices<IRetentionRule>().OfType<BarrierRetention>().Single();
        Assert.Equal("1 accessibility reports emptied", await rule.ApplyAsync(CancellationToken.None));
        var report = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<BarrierReport>().AsNoTracking().SingleAsync();
        Assert.Null(report.EncryptedDescription);
        Assert.NotNull(report.AnsweredAt);

        var spam = new Dictionary<string, string> { ["Input.Description"] = "Onzin", ["Input.Email"] = "iemand@example.org" };
        var another = _app.CreateBrowser();
        await another.FormIn(await StatementAsync(another), "/Accessibility", spam, "/Accessibility").SubmitAsync(spam);
        _app.Clock.Advance(TimeSpan.FromDays(366));
        Assert.Equal("1 accessibility reports emptied", await rule.ApplyAsync(CancellationToken.None));
    }
}
