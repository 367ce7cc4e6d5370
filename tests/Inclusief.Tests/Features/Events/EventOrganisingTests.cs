using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Events;

/// <summary>An organiser's day: drafts and publishing, a programme that can be changed, place counts that agree, the door list.</summary>
public sealed class EventOrganisingTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    private DateTime Now => _app.Clock.GetUtcNow().UtcDateTime;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_new_event_is_a_draft_only_organisers_see_until_it_is_published_from_its_preview()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var title = $"Kenniscafé {Guid.NewGuid():N}"[..22];

        var created = await coordinator.SubmitAsync("/Events/Admin/Edit", EventFields(title, Now.AddDays(10)));
        var ev = await EventAsync(title);
        var visitor = _app.CreateBrowser();
        var hiddenPage = await visitor.GetAsync($"/Events/Details/{ev.Id}");
        var hiddenForm = await visitor.GetAsync($"/Events/Register/{ev.Id}");
        var hiddenList = await visitor.GetStringAsync("/Events");
        var hiddenFeed = await visitor.GetStringAsync("/Events/Feed");
        var corrected = await coordinator.SubmitAsync($"/Events/Admin/Edit/{ev.Id}", new Dictionary<string, string> { ["Input.StartTime"] = "14:30" });
        var organisers = await coordinator.GetStringAsync("/Events/Admin");
        var preview = await coordinator.GetStringAsync($"/Events/Details/{ev.Id}");
        var published = await coordinator.SubmitAsync($"/Events/Details/{ev.Id}", new Dictionary<string, string>(), $"/Events/Admin/Edit/{ev.Id}?handler=Publish");
        var listed = await visitor.GetStringAsync("/Events");
        var page = await visitor.GetStringAsync($"/Events/Details/{ev.Id}");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenForm.StatusCode);
        Assert.DoesNotContain(title, hiddenList, StringComparison.Ordinal);
        Assert.DoesNotContain(title, hiddenFeed, StringComparison.Ordinal);
        Assert.Equal("Concept", StatusIn(organisers, title));
        Assert.Contains("alleen organisatoren zien deze bijeenkomst", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains(title, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("alleen organisatoren zien deze bijeenkomst", page, StringComparison.Ordinal);
        Assert.Equal("Gepubliceerd", StatusIn(await coordinator.GetStringAsync("/Events/Admin"), title));
        // A draft corrected before anyone saw it is not moved; a published event given a new time is.
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        await coordinator.SubmitAsync($"/Events/Admin/Edit/{ev.Id}", new Dictionary<string, string> { ["Input.StartTime"] = "15:00" });
        Assert.Equal("Verplaatst", StatusIn(await coordinator.GetStringAsync("/Events/Admin"), title));
    }

    [Fact]
    public async Task An_event_planned_in_the_past_is_refused_for_that_reason()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var refused = await coordinator.SubmitAsync("/Events/Admin/Edit", EventFields("Te laat gepland", Now.AddDays(-2)));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Deze bijeenkomst ligt in het verleden. Kies een datum en tijd in de toekomst.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("De aanmelding moet sluiten na het moment waarop ze opent", html, StringComparison.Ordinal);
        Assert.Contains("Te laat gepland", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_and_the_event_page_give_the_same_places_for_a_reserved_a_full_and_a_waitlisted_event()
    {
        var reserved = await _app.PlanEventAsync(20, Now, reserved: 5, reservedFor: RoleCategory.SexWorker);
        var full = await _app.PlanEventAsync(2, Now);
        var waitlisted = await _app.PlanEventAsync(1, Now);
        for (var i = 0; i < 3; i++)
        {
            await _app.CreateBrowser().RegisterForEventAsync(reserved.Id, Participants.UniqueEmail("gereserveerd"));
        }
        await _app.CreateBrowser().RegisterForEventAsync(reserved.Id, Participants.UniqueEmail("sekswerker"), role: RoleCategory.SexWorker);
        await _app.CreateBrowser().RegisterForEventAsync(full.Id, Participants.UniqueEmail("vol"));
        await _app.CreateBrowser().RegisterForEventAsync(full.Id, Participants.UniqueEmail("vol"));
        await _app.CreateBrowser().RegisterForEventAsync(waitlisted.Id, Participants.UniqueEmail("wacht"));
        await _app.CreateBrowser().RegisterForEventAsync(waitlisted.Id, Participants.UniqueEmail("wacht"));
        var visitor = _app.CreateBrowser();

        var list = Parser.ParseDocument(await visitor.GetStringAsync("/Events"));
        foreach (var (ev, expected) in new[] { (reserved, "Nog 16 plaatsen (waarvan 4 voor sekswerkers)"), (full, "Vol – je kunt op de wachtlijst"), (waitlisted, "Vol – je kunt op de wachtlijst") })
        {
            var card = list.QuerySelectorAll("li.card").Single(c => c.TextContent.Contains(ev.Title, StringComparison.Ordinal));
            var page = Parser.ParseDocument(await visitor.GetStringAsync($"/Events/Details/{ev.Id}"));
            Assert.Equal(expected, Text(card.QuerySelector("[data-testid=places]")!.TextContent));
            Assert.Equal(expected, Text(page.QuerySelector("[data-testid=places]")!.TextContent));
        }
    }

    [Fact]
    public async Task The_organisers_list_and_the_public_list_page_the_coming_events_in_order_and_the_organisers_find_one_by_title()
    {
        var coming = new List<Event>();
        for (var i = 0; i < 52; i++)
        {
            coming.Add(await _app.PlanEventAsync(20, Now, startsIn: TimeSpan.FromDays(1 + i)));
        }
        var past = await _app.PlanEventAsync(20, Now.AddDays(-30), startsIn: TimeSpan.FromDays(1));
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var first = await coordinator.GetStringAsync("/Events/Admin");
        var second = await coordinator.FollowLinkAsync(first, "nav.pager a[rel=next]");
        var pastList = await coordinator.FollowLinkAsync(first, "a[href$='when=past']");
        var search = Parser.ParseDocument(first).QuerySelector("form[role=search] input[type=search]")?.GetAttribute("name");
        var found = await coordinator.GetStringAsync($"/Events/Admin?{search}={coming[51].Title[^8..]}");
        var none = await coordinator.GetStringAsync($"/Events/Admin?{search}=bestaat-niet");
        var visitor = _app.CreateBrowser();
        var listed = await visitor.GetStringAsync("/Events");
        var listedNext = await visitor.FollowLinkAsync(listed, "nav.pager a[rel=next]");

        Assert.Contains("52 gevonden", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 2", first, StringComparison.Ordinal);
        Assert.Equal(50, Rows(first).Count);
        Assert.Contains(coming[0].Title, Rows(first)[0], StringComparison.Ordinal);
        Assert.Contains(coming[49].Title, Rows(first)[49], StringComparison.Ordinal);
        Assert.Equal(2, Rows(second).Count);
        Assert.Contains(coming[51].Title, Rows(second)[1], StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", second, StringComparison.Ordinal);
        Assert.DoesNotContain(past.Title, first + second, StringComparison.Ordinal);
        Assert.Single(Rows(pastList));
        Assert.Contains(past.Title, Rows(pastList)[0], StringComparison.Ordinal);
        Assert.Single(Rows(found));
        Assert.Contains(coming[51].Title, Rows(found)[0], StringComparison.Ordinal);
        Assert.Contains("Geen bijeenkomsten gevonden met “bestaat-niet” in de titel.", none, StringComparison.Ordinal);
        Assert.Contains(coming[49].Title, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(coming[50].Title, listed, StringComparison.Ordinal);
        Assert.Contains("Pagina 1", listed, StringComparison.Ordinal);
        Assert.Contains(coming[50].Title, listedNext, StringComparison.Ordinal);
        Assert.Contains(coming[51].Title, listedNext, StringComparison.Ordinal);
        Assert.DoesNotContain(coming[49].Title, listedNext, StringComparison.Ordinal);
        Assert.Null(Links.Href(listedNext, "nav.pager a[rel=next]"));
    }

    private static List<string> Rows(string organisersList) =>
        Parser.ParseDocument(organisersList).QuerySelectorAll("[data-testid=event-row]").Select(r => r.TextContent).ToList();

    [Fact]
    public async Task The_registrations_list_of_a_large_event_pages_with_its_filter_registered_first_and_cancelled_last()
    {
        var ev = await _app.PlanEventAsync(150, Now);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 0; i < 230; i++)
            {
                var registration = EventRegistration.Create(ev.Id, new EventRegistration.Details($"Bezoeker {i:D3}", $"bezoeker-{i}@example.org", null, null, null, "nl", null),
                    i < 150 ? Seat.General : Seat.None, i + 1, Now);
                if (i == 0)
                {
                    // The first in line cancelled: listed after everyone still registered or waiting.
                    registration.Cancel(Now);
                }
                db.Add(registration);
            }
            await db.SaveChangesAsync();
        }
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var all = await coordinator.GetStringAsync($"/Events/Admin/Registrations/{ev.Id}");
        var page2 = await coordinator.FollowLinkAsync(all, "nav.pager a[rel=next]");
        var page3 = await coordinator.FollowLinkAsync(page2, "nav.pager a[rel=next]");
        var registered = await coordinator.GetStringAsync($"/Events/Admin/Registrations/{ev.Id}?Query.Status=Registered");
        var registeredPage2 = await coordinator.FollowLinkAsync(registered, "nav.pager a[rel=next]");

        Assert.Contains("230 gevonden", all, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 3", all, StringComparison.Ordinal);
        Assert.Equal("Bezoeker 001", BezoekerNames(all)[0]);
        Assert.Equal("Bezoeker 101", BezoekerNames(page2)[0]);
        Assert.Contains("Pagina 3 van 3", page3, StringComparison.Ordinal);
        Assert.Equal("Bezoeker 000", BezoekerNames(page3)[^1]);
        Assert.Null(Links.Href(page3, "nav.pager a[rel=next]"));
        Assert.Contains("149 gevonden", registered, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", registeredPage2, StringComparison.Ordinal);
        Assert.Equal("Bezoeker 149", BezoekerNames(registeredPage2)[^1]);
        Assert.Contains("<td>149 / 150</td><td>80</td>", all, StringComparison.Ordinal);
    }

    private static List<string> BezoekerNames(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<td>(Bezoeker [0-9]{3})</td>").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Sessions_keep_the_organisers_order_can_be_changed_and_never_shrink_below_the_places_taken()
    {
        var ev = await _app.PlanEventAsync(20, Now, rounds: [new PlannedEvents.Round("Eerste ronde", ("Zorg", 2), ("Bankzaken", 10))]);
        var zorg = ev.Rounds[0].Sessions.Single(s => s.Title == "Zorg");
        var (first, second, third) = (Participants.UniqueEmail("een"), Participants.UniqueEmail("twee"), Participants.UniqueEmail("drie"));
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, first, name: "Anna", sessions: [zorg.Id]);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, second, name: "Bea", sessions: [zorg.Id]);
        var late = _app.CreateBrowser();
        var notice = await late.FollowAsync(await late.RegisterForEventAsync(ev.Id, third, name: "Cor", sessions: [zorg.Id]));
        var details = await _app.CreateBrowser().GetStringAsync($"/Events/Details/{ev.Id}");
        var later = Participants.UniqueEmail("later");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, later, name: "Dirk");
        var mail = (await _app.MailsToAsync(later)).First();
        var link = mail.LinkTo("/Events/Registration");
        var own = _app.CreateBrowser();
        var changed = await own.FollowAsync(await own.SubmitAsync(link,
            new Dictionary<string, string> { ["t"] = Uri.UnescapeDataString(link.Split("t=")[1].Split('#')[0]), ["sessions[0]"] = zorg.Id.ToString() }, "/Events/Registration?handler=Sessions"));
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var programmeUrl = $"/Events/Admin/Programme/{ev.Id}";
        var programme = await coordinator.GetStringAsync(programmeUrl);
        var waiting = await coordinator.GetStringAsync($"/Events/Admin/Registrations/{ev.Id}?Status=Waitlisted");

        var tooSmall = await coordinator.FollowAsync(await coordinator.SubmitAsync(programmeUrl, SessionFields(zorg.Id, "Zorg", 1), programmeUrl + "?handler=EditSession"));
        var tooLong = await coordinator.FollowAsync(await coordinator.SubmitAsync(programmeUrl, SessionFields(zorg.Id, new string('Z', 201), 3), programmeUrl + "?handler=EditSession"));
        var larger = await coordinator.SubmitAsync(programmeUrl, SessionFields(zorg.Id, "Zorg en veiligheid", 4), programmeUrl + "?handler=EditSession");

        Assert.Contains("je staat op de wachtlijst voor Zorg", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Je bent aangemeld!", notice, StringComparison.Ordinal);
        Assert.Contains("Je keuze is opgeslagen, maar je staat op de wachtlijst voor Zorg", changed, StringComparison.Ordinal);
        Assert.True(details.IndexOf("Zorg", StringComparison.Ordinal) < details.IndexOf("Bankzaken", StringComparison.Ordinal), "sessions are shown in the order they were added");
        Assert.Contains("2 van 2 plaatsen bezet · 2 op de wachtlijst", programme, StringComparison.Ordinal);
        Assert.Contains("Cor", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna", waiting, StringComparison.Ordinal);
        Assert.Contains("Er hebben al 2 mensen een plaats in deze deelsessie; maak hem niet kleiner dan dat.", tooSmall, StringComparison.Ordinal);
        Assert.Contains("Geef de deelsessie een titel van hoogstens 200 tekens.", tooLong, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, larger.StatusCode);
        var registrations = (await _app.RegistrationsAsync(ev.Id)).ToDictionary(r => r.EmailKey);
        Assert.All(registrations.Values, r => Assert.Equal(SessionChoiceStatus.Confirmed, Assert.Single(r.Choices).Status));
        Assert.Contains("4 van 4 plaatsen bezet", await coordinator.GetStringAsync(programmeUrl), StringComparison.Ordinal);
        Assert.Contains("Zorg en veiligheid", await _app.CreateBrowser().GetStringAsync($"/Events/Details/{ev.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rounds_and_sessions_move_up_and_down_in_the_programme_and_on_the_event_page()
    {
        var ev = await _app.PlanEventAsync(20, Now, rounds: [new PlannedEvents.Round("Ochtendronde", ("Bankzaken", 5), ("Zorg", 5)), new PlannedEvents.Round("Middagronde", ("Wonen", 5))]);
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var programmeUrl = $"/Events/Admin/Programme/{ev.Id}";
        var afternoon = ev.Rounds.Single(r => r.Title == "Middagronde");
        var zorg = ev.Rounds.Single(r => r.Title == "Ochtendronde").Sessions.Single(s => s.Title == "Zorg");

        var movedRound = await coordinator.SubmitAsync(programmeUrl, new Dictionary<string, string> { ["roundId"] = afternoon.Id.ToString(), ["direction"] = "-1" }, programmeUrl + "?handler=MoveRound");
        var movedSession = await coordinator.SubmitAsync(programmeUrl,
            new Dictionary<string, string> { ["roundId"] = zorg.RoundId.ToString(), ["sessionId"] = zorg.Id.ToString(), ["direction"] = "-1" }, programmeUrl + "?handler=MoveSession");
        var page = await _app.CreateBrowser().GetStringAsync($"/Events/Details/{ev.Id}");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (movedRound.StatusCode, movedSession.StatusCode));
        Assert.True(page.IndexOf("Middagronde", StringComparison.Ordinal) < page.IndexOf("Ochtendronde", StringComparison.Ordinal), "the afternoon round was moved up");
        Assert.True(page.IndexOf(">Zorg", StringComparison.Ordinal) < page.IndexOf(">Bankzaken", StringComparison.Ordinal), "Zorg was moved above Bankzaken");
    }

    [Fact]
    public async Task The_door_list_shows_everyone_registered_by_name_and_checks_in_with_one_tap()
    {
        var ev = await _app.PlanEventAsync(2, Now);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Participants.UniqueEmail("z"), name: "Zoë");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Participants.UniqueEmail("a"), name: "Amber");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Participants.UniqueEmail("w"), name: "Wachtende");
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var doorUrl = $"/Events/Admin/CheckIn/{ev.Id}";

        var door = Parser.ParseDocument(await coordinator.GetStringAsync(doorUrl));
        var names = door.QuerySelectorAll("#door-list li strong").Select(s => s.TextContent).ToList();
        var amber = (await _app.RegistrationsAsync(ev.Id)).Single(r => r.Name == "Amber");
        var checkedIn = await coordinator.SubmitAsync(doorUrl, new Dictionary<string, string> { ["registrationId"] = amber.Id.ToString() });

        Assert.Equal(["Amber", "Wachtende", "Zoë"], names);
        Assert.Equal(HttpStatusCode.Redirect, checkedIn.StatusCode);
        Assert.Contains("1 van 2 aanwezig", await coordinator.FollowAsync(checkedIn), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_is_register_in_english_and_the_places_are_translated()
    {
        var ev = await _app.PlanEventAsync(20, Now, rounds: [new PlannedEvents.Round("Eerste ronde", ("Zorg", 5))]);
        var visitor = _app.CreateBrowser();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await visitor.GetStringAsync($"/Events/Details/{ev.Id}");

        Assert.Contains(">Register</a>", page, StringComparison.Ordinal);
        Assert.Contains("20 places left", page, StringComparison.Ordinal);
        Assert.Contains("5 places left", page, StringComparison.Ordinal);
        Assert.DoesNotContain("plaatsen", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_shows_the_next_three_public_events_and_the_way_to_both_desks()
    {
        var draft = await _app.PlanEventAsync(10, Now, startsIn: TimeSpan.FromDays(1), published: false);
        var members = await _app.PlanEventAsync(10, Now, startsIn: TimeSpan.FromDays(2), audience: EventAudience.Members);
        var planned = new List<Event>();
        foreach (var day in new[] { 6, 4, 3, 5 })
        {
            planned.Add(await _app.PlanEventAsync(10, Now, startsIn: TimeSpan.FromDays(day)));
        }

        var home = Parser.ParseDocument(await _app.CreateBrowser().GetStringAsync("/"));
        var shown = home.QuerySelectorAll("[data-testid=upcoming] li a").Select(a => a.TextContent).ToList();

        Assert.Equal(planned.OrderBy(e => e.StartsAt).Take(3).Select(e => e.Title), shown);
        Assert.DoesNotContain(draft.Title, shown);
        Assert.DoesNotContain(members.Title, shown);
        Assert.NotNull(home.QuerySelector("[data-testid=desks] a[href='/Complaints']"));
        Assert.NotNull(home.QuerySelector("[data-testid=desks] a[href='/Safety/Report']"));
    }

    private static string Text(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string StatusIn(string organisersList, string title) =>
        Text(Parser.ParseDocument(organisersList).QuerySelectorAll("[data-testid=event-row]").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal))
            .QuerySelector("[data-testid=status]")!.TextContent);

    private static Dictionary<string, string> SessionFields(Guid sessionId, string title, int capacity) => new()
    {
        ["sessionId"] = sessionId.ToString(), ["title"] = title, ["description"] = "", ["room"] = "", ["capacity"] = capacity.ToString(CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> EventFields(string title, DateTime at) => new()
    {
        ["Input.Type"] = "KnowledgeCafe", ["Input.Title"] = title, ["Input.Description"] = "Over bankzaken.",
        ["Input.Date"] = DateOnly.FromDateTime(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.StartTime"] = "14:00", ["Input.EndTime"] = "16:00",
        ["Input.Venue"] = "Bibliotheek Den Haag", ["Input.Audience"] = "Public", ["Input.Languages"] = "Nederlands", ["Input.Capacity"] = "30", ["Input.ReservedPlaces"] = "0",
    };

    private async Task<Event> EventAsync(string title)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Event>().AsNoTracking().SingleAsync(e => e.Title == title);
    }
}
