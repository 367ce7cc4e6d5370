using System.Text.RegularExpressions;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed partial class EventJourneyTests(BrowserApp app)
{
    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_visitor_registers_with_two_breakout_choices_and_gets_the_confirmation_with_a_calendar_entry()
    {
        var ev = await app.PlanEventAsync(150, Now, rounds:
            [new PlannedEvents.Round("Eerste ronde", ("Bankzaken en hypotheken", 30), ("Werkplekken en vergunningen", 30)), new PlannedEvents.Round("Tweede ronde", ("Zorg en veiligheid", 30))]);
        var email = $"thema-{Guid.NewGuid():N}@example.org";
        var page = await app.NewPageAsync();

        await page.GotoAsync("/Events");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = ev.Title }).ClickAsync();
        await Expect(page.GetByTestId("places")).ToContainTextAsync("Nog 150 plaatsen");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Vul Naam of schuilnaam in.");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Naam of schuilnaam").FillAsync("Roos");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("In welke rol kom je?").SelectOptionAsync("SexWorker");
        await page.GetByLabel("Bankzaken en hypotheken").CheckAsync();
        await page.GetByLabel("Zorg en veiligheid").CheckAsync();
        await page.GetByLabel("Jullie mogen mijn gegevens gebruiken", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je bent aangemeld!");
        await page.GotoAsync(Link(await app.MailDev.WaitForTextToAsync(email, "Aanmelding: " + ev.Title), "/Events/Registration"));
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Aangemeld");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Online meedoen" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var mail = await app.MailDev.WaitForMailToAsync(email, "Aanmelding: " + ev.Title);
        Assert.Contains("Je deelsessies: Bankzaken en hypotheken; Zorg en veiligheid", mail.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(mail.GetProperty("attachments").EnumerateArray(), a => a.GetProperty("filename").GetString() == "bijeenkomst.ics");
    }

    [Fact]
    public async Task The_151st_person_lands_on_the_waitlist_and_gets_the_place_after_a_cancellation()
    {
        var ev = await app.PlanEventAsync(150, Now);
        var leaver = $"weg-{Guid.NewGuid():N}@example.org";
        await FillAsync(ev, 149);
        var first = await app.NewPageAsync();
        await RegisterAsync(first, ev, "Vroege vogel", leaver);
        await Expect(first.GetByTestId("status")).ToHaveTextAsync("Aangemeld");

        var waiting = $"wacht-{Guid.NewGuid():N}@example.org";
        var late = await app.NewPageAsync();
        await RegisterAsync(late, ev, "Nummer 151", waiting);
        await Expect(late.GetByTestId("status")).ToHaveTextAsync("Op de wachtlijst");
        await late.AssertAccessibleAsync();

        await first.GetByRole(AriaRole.Button, new() { Name = "Aanmelding annuleren" }).ClickAsync();
        await Expect(first.GetByTestId("status")).ToHaveTextAsync("Afgemeld");

        var promoted = await app.MailDev.WaitForTextToAsync(waiting, "Er is een plaats voor je: " + ev.Title);
        await late.GotoAsync(Link(promoted, "/Events/Registration"));
        await Expect(late.GetByTestId("status")).ToHaveTextAsync("Aangemeld");
        await late.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_coordinator_checks_people_in_at_the_door_on_a_phone()
    {
        var ev = await app.PlanEventAsync(20, Now);
        var visitor = await app.NewPageAsync();
        await RegisterAsync(visitor, ev, "Amber", $"deur-{Guid.NewGuid():N}@example.org");
        var code = (await visitor.GetByTestId("code").InnerTextAsync()).Trim();

        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        await coordinator.GotoAsync($"/Events/Admin/CheckIn/{ev.Id}");
        await coordinator.AssertAccessibleAsync();
        // Everyone is listed at once; the box narrows the list while typing, by name or by code.
        var amber = coordinator.Locator("#door-list li", new() { HasText = "Amber" });
        await Expect(amber).ToBeVisibleAsync();
        await coordinator.GetByLabel("Naam of aanmeldcode").FillAsync("zzz");
        await Expect(amber).ToBeHiddenAsync();
        await coordinator.GetByLabel("Naam of aanmeldcode").FillAsync(code.ToLowerInvariant());
        await Expect(amber).ToBeVisibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Amber" }).ClickAsync();

        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Aanwezig gemeld.");
        await Expect(coordinator.GetByTestId("present-count")).ToHaveTextAsync("1 van 1 aanwezig");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GotoAsync($"/Events/Admin/Registrations/{ev.Id}");
        await coordinator.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_coordinator_plans_a_draft_puts_its_programme_together_changes_a_session_and_publishes_it()
    {
        var title = $"Kenniscafé {Guid.NewGuid():N}"[..22];
        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        await coordinator.GotoAsync("/Events/Admin/Edit");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await coordinator.GetByLabel("Beschrijving", new() { Exact = true }).FillAsync("Over bankzaken en verzekeringen.");
        await coordinator.GetByLabel("Datum", new() { Exact = true }).FillAsync(DateOnly.FromDateTime(Now.AddDays(20)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await coordinator.GetByLabel("Plaats en adres").FillAsync("Bibliotheek Den Haag");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Bijeenkomst aanmaken" }).ClickAsync();

        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("aangemaakt als concept");
        await Expect(coordinator.GetByTestId("draft")).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Naam van de ronde").FillAsync("Eerste ronde");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ronde toevoegen" }).ClickAsync();
        foreach (var session in new[] { "Zorg", "Bankzaken" })
        {
            await coordinator.GetByLabel("Titel van de deelsessie").Last.FillAsync(session);
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Deelsessie toevoegen" }).ClickAsync();
        }
        await Expect(coordinator.GetByTestId("session").First).ToContainTextAsync("Zorg");
        await coordinator.GetByText("Wijzigen: Zorg").ClickAsync();
        await coordinator.Locator("details[open]").GetByLabel("Aantal plaatsen").FillAsync("12");
        await coordinator.Locator("details[open]").GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(coordinator.GetByTestId("session").First).ToContainTextAsync("0 van 12 plaatsen bezet");
        await coordinator.AssertAccessibleAsync();

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/Events");
        await Expect(visitor.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("De bijeenkomst is gepubliceerd");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GotoAsync("/Events/Admin");
        await Expect(coordinator.GetByTestId("event-row").Filter(new() { HasText = title }).GetByTestId("status")).ToHaveTextAsync("Gepubliceerd");
        await coordinator.AssertAccessibleAsync();

        await visitor.GotoAsync("/Events");
        await visitor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(visitor.GetByTestId("places")).ToHaveTextAsync("Nog 50 plaatsen");
        await visitor.AssertAccessibleAsync();
    }

    /// <summary>Registers, then opens the personal link from the mail, as the page asks.</summary>
    private async Task RegisterAsync(IPage page, Event ev, string name, string email)
    {
        await page.GotoAsync($"/Events/Register/{ev.Id}");
        await page.GetByLabel("Naam of schuilnaam").FillAsync(name);
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Jullie mogen mijn gegevens gebruiken", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Aanmelden|Op de wachtlijst)$") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("die we je sturen");
        await page.GotoAsync(Link(await app.MailDev.WaitForTextToAsync(email), "/Events/Registration"));
    }

    /// <summary>Others who registered earlier, straight into the database (no mails).</summary>
    private async Task FillAsync(Event ev, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var i = 0; i < count; i++)
        {
            db.Add(EventRegistration.Create(ev.Id, new EventRegistration.Details($"Deelnemer {i}", $"vol-{i}-{ev.Id:N}@example.org", null, null, null, "nl", null), Seat.General, i, Now));
        }
        await db.SaveChangesAsync();
    }

    private static string Link(string text, string path) => LinkPattern().Matches(text).Select(m => m.Value).First(l => new Uri(l).AbsolutePath.StartsWith(path, StringComparison.Ordinal));

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
