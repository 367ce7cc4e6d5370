using Inclusief.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Events;

/// <summary>A registrant adds a mobile number on their registration page and the day before gets a reminder that names nothing.</summary>
public sealed class EventSmsTests
{
    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        protected override Dictionary<string, string?> ExtraSettings => FakeSmsc.Settings();

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    [Fact]
    public async Task A_number_added_on_the_registration_page_gets_a_reminder_the_day_before_without_the_event_in_it()
    {
        using var app = new Factory();
        var ev = await app.PlanEventAsync(5, app.Clock.GetUtcNow().UtcDateTime, startsIn: TimeSpan.FromDays(3));
        var email = Participants.UniqueEmail("sms");
        var e164 = $"+3162{Random.Shared.Next(1_000_000, 9_999_999)}";
        await app.CreateBrowser().RegisterForEventAsync(ev.Id, email);
        var link = (await app.MailsToAsync(email)).Single().LinkTo("/Events/Registration");
        var browser = app.CreateBrowser();
        var refused = await browser.FollowAsync(await browser.SubmitAsync(link, new Dictionary<string, string> { ["number"] = "070 123 4567" }, "/Events/Registration?handler=Sms"));
        var added = await browser.FollowAsync(await browser.SubmitAsync(link, new Dictionary<string, string> { ["number"] = $"06{e164[4..]}" }, "/Events/Registration?handler=Sms"));

        app.Clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromMinutes(1)));
        await app.MailsToAsync(email);
        var organiser = await app.SignInAsStaffAsync(Inclusief.Web.Features.Accounts.StaffRoles.Coordinator);
        var figures = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await organiser.GetStringAsync("/Events/Admin"));

        Assert.Equal(["Herinneringen aan bijeenkomsten", "< 5", "< 5", "< 5", "< 5", "< 5"],
            Assert.Single(figures.QuerySelectorAll("[data-testid=sms-figures] tbody tr")).Children.Select(c => c.TextContent.Trim()));
        Assert.Contains("Dit is geen mobiel nummer.", refused, StringComparison.Ordinal);
        Assert.Contains("De dag ervoor krijg je een sms-herinnering.", added, StringComparison.Ordinal);
        Assert.Contains($"De dag ervoor sturen we een sms naar +31 •••••••{e164[^2..]}.", System.Net.WebUtility.HtmlDecode(added), StringComparison.Ordinal);
        var reminder = Assert.Single(await FakeSmsc.WaitForNumberAsync(e164));
        Assert.Equal("Herinnering: morgen is je bijeenkomst. Tijd en plaats staan in je mail. Geen sms meer? Antwoord STOP.", reminder.Text);
        Assert.DoesNotContain(ev.Title, reminder.Text, StringComparison.Ordinal);
    }
}
