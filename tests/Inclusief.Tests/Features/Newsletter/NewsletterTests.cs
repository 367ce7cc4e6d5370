using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Newsletter;
using Inclusief.Web.Infrastructure.Consents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Inclusief.Tests.Features.Newsletter;

public sealed class NewsletterTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    private async Task<HttpResponseMessage> SubscribeAsync(string email) =>
        await _app.CreateBrowser().SubmitAsync("/Newsletter", new Dictionary<string, string> { ["Email"] = email });

    private Task<List<MimeMessage>> MailsToAsync(string email) => _app.MailsToAsync(email);

    private static string Link(MimeMessage mail, string path) => mail.LinkTo(path);

    private async Task<NewsletterSubscriber> SubscriberAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<NewsletterSubscriber>().AsNoTracking().SingleAsync(s => s.Email == email);
    }

    private async Task<HttpResponseMessage> ConfirmAsync(string link) =>
        await _app.CreateBrowser().SubmitAsync(link, new Dictionary<string, string>());

    [Fact]
    public async Task Subscribing_sends_a_confirmation_link_and_nothing_else_until_it_is_used()
    {
        var response = await SubscribeAsync("lid@example.org");

        var mail = Assert.Single(await MailsToAsync("lid@example.org"));
        Assert.Equal("/Newsletter/Requested", response.Headers.Location?.OriginalString);
        Assert.Equal("Bevestig je aanmelding voor de nieuwsbrief", mail.Subject);
        Assert.Equal(SubscriptionStatus.Pending, (await SubscriberAsync("lid@example.org")).Status);
    }

    [Fact]
    public async Task Opening_the_link_asks_for_a_click_and_the_click_confirms_with_a_welcome_mail_that_offers_one_click_unsubscribe()
    {
        await SubscribeAsync("welkom@example.org");
        var link = Link((await MailsToAsync("welkom@example.org"))[0], "/Newsletter/Confirm");

        var opened = await _app.CreateBrowser().GetAsync(link);
        var statusAfterOpening = (await SubscriberAsync("welkom@example.org")).Status;
        var confirmed = await ConfirmAsync(link);

        Assert.Equal(SubscriptionStatus.Pending, statusAfterOpening);
        Assert.Contains("Aanmelding bevestigen", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Je bent aangemeld voor de nieuwsbrief", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var subscriber = await SubscriberAsync("welkom@example.org");
        Assert.Equal(SubscriptionStatus.Confirmed, subscriber.Status);
        var welcome = (await MailsToAsync("welkom@example.org")).Single(m => m.Subject == "Welkom bij de nieuwsbrief");
        Assert.Equal("List-Unsubscribe=One-Click", welcome.Headers["List-Unsubscribe-Post"]);
        Assert.Matches("^<http://localhost/Newsletter/Unsubscribe\\?token=[^>]+>$", welcome.Headers["List-Unsubscribe"]);
        Assert.Contains("/Newsletter/Unsubscribe?token=", welcome.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_consent_is_recorded_with_the_wording_version_when_confirmed()
    {
        await SubscribeAsync("toestemming@example.org");
        await ConfirmAsync(Link((await MailsToAsync("toestemming@example.org"))[0], "/Newsletter/Confirm"));

        var subscriber = await SubscriberAsync("toestemming@example.org");
        await using var scope = _app.Services.CreateAsyncScope();
        var consent = Assert.Single(await scope.ServiceProvider.GetRequiredService<Consents>().HistoryAsync(NewsletterSubscriptions.SubjectType, subscriber.Id.ToString()));
        Assert.Equal((ConsentPurpose.Newsletter.Code, ConsentPurpose.Newsletter.WordingVersion, true), (consent.Purpose, consent.WordingVersion, consent.Given));
    }

    [Fact]
    public async Task A_confirmation_link_works_only_once()
    {
        await SubscribeAsync("eenmalig@example.org");
        var link = Link((await MailsToAsync("eenmalig@example.org"))[0], "/Newsletter/Confirm");
        await ConfirmAsync(link);

        var second = await _app.CreateBrowser().GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Contains("Deze link werkt niet meer", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_link_older_than_48_hours_no_longer_works()
    {
        await SubscribeAsync("laat@example.org");
        var link = Link((await MailsToAsync("laat@example.org"))[0], "/Newsletter/Confirm");

        _app.Clock.Advance(TimeSpan.FromHours(49));
        var response = await _app.CreateBrowser().GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal(SubscriptionStatus.Pending, (await SubscriberAsync("laat@example.org")).Status);
    }

    [Fact]
    public async Task Every_answer_looks_the_same_whether_or_not_the_address_is_known()
    {
        await SubscribeAsync("bekend@example.org");
        await ConfirmAsync(Link((await MailsToAsync("bekend@example.org"))[0], "/Newsletter/Confirm"));

        var known = await SubscribeAsync("bekend@example.org");
        var unknown = await SubscribeAsync($"onbekend-{Guid.NewGuid():N}@example.org");

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Contains(await MailsToAsync("bekend@example.org"), m => m.Subject == "Je bent al aangemeld voor de nieuwsbrief");
    }

    [Fact]
    public async Task Pressing_subscribe_twice_sends_one_confirmation_mail_whose_link_works()
    {
        await SubscribeAsync("dubbel@example.org");
        await SubscribeAsync("dubbel@example.org");

        var mails = await MailsToAsync("dubbel@example.org");
        var confirmed = await ConfirmAsync(Link(Assert.Single(mails), "/Newsletter/Confirm"));

        Assert.Contains("Je bent aangemeld", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mail_program_unsubscribes_with_one_post_and_resubscribing_needs_a_new_confirmation()
    {
        await SubscribeAsync("weg@example.org");
        await ConfirmAsync(Link((await MailsToAsync("weg@example.org"))[0], "/Newsletter/Confirm"));
        var welcome = (await MailsToAsync("weg@example.org")).Single(m => m.Subject == "Welkom bij de nieuwsbrief");
        var unsubscribeUrl = welcome.Headers["List-Unsubscribe"]!.Trim('<', '>');

        var oneClick = await _app.CreateBrowser().PostAsync(unsubscribeUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        var afterUnsubscribe = (await SubscriberAsync("weg@example.org")).Status;
        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        await SubscribeAsync("weg@example.org");

        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(SubscriptionStatus.Unsubscribed, afterUnsubscribe);
        Assert.Equal(SubscriptionStatus.Pending, (await SubscriberAsync("weg@example.org")).Status);
        Assert.Equal(2, (await MailsToAsync("weg@example.org")).Count(m => m.Subject == "Bevestig je aanmelding voor de nieuwsbrief"));
    }

    [Fact]
    public async Task A_forged_unsubscribe_link_is_refused()
    {
        var response = await _app.CreateBrowser().GetAsync("/Newsletter/Unsubscribe?token=bm90LXZhbGlk");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Deze afmeldlink klopt niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_address_is_refused_with_a_message_and_no_mail()
    {
        var response = await SubscribeAsync("geen-adres");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dit is geen geldig e-mailadres.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await MailsToAsync("geen-adres"));
    }

    public void Dispose() => _app.Dispose();
}
