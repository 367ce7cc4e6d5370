using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Events;

public sealed partial class EventRegistrationTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    private DateTime Now => _app.Clock.GetUtcNow().UtcDateTime;

    private static string Email(string name) => Participants.UniqueEmail(name);

    [Fact]
    public async Task Two_hundred_people_registering_at_once_for_150_places_fill_exactly_150_and_wait_with_50()
    {
        var ev = await _app.PlanEventAsync(150, Now);
        var browsers = Enumerable.Range(0, 200).Select(_ => _app.CreateBrowser()).ToList();
        var tokens = await Task.WhenAll(browsers.Select(async b => Forms.Token(await b.GetStringAsync($"/Events/Register/{ev.Id}"))!));

        var responses = await Task.WhenAll(browsers.Select((b, i) => b.PostAsync($"/Events/Register/{ev.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = $"Deelnemer {i}", ["Input.Email"] = $"concurrent-{i}-{ev.Id:N}@example.org", ["Input.Consent"] = "true", ["__RequestVerificationToken"] = tokens[i],
        }))));

        var registrations = await _app.RegistrationsAsync(ev.Id);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(200, registrations.Count);
        Assert.Equal(150, registrations.Count(r => r.Status == RegistrationStatus.Registered));
        Assert.Equal(50, registrations.Count(r => r.Status == RegistrationStatus.Waitlisted));
    }

    [Fact]
    public async Task An_address_sent_ten_times_in_one_surge_registers_once_and_its_owner_gets_one_link_mail_per_repeat()
    {
        var ev = await _app.PlanEventAsync(150, Now);
        var repeated = Email("herhaald");
        var browsers = Enumerable.Range(0, 40).Select(_ => _app.CreateBrowser()).ToList();
        var tokens = await Task.WhenAll(browsers.Select(async b => Forms.Token(await b.GetStringAsync($"/Events/Register/{ev.Id}"))!));

        var responses = await Task.WhenAll(browsers.Select((b, i) => b.PostAsync($"/Events/Register/{ev.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = $"Deelnemer {i}", ["Input.Email"] = i % 4 == 0 ? repeated : $"surge-{i}-{ev.Id:N}@example.org", ["Input.Consent"] = "true", ["__RequestVerificationToken"] = tokens[i],
        }))));

        var registrations = await _app.RegistrationsAsync(ev.Id);
        var mails = await _app.MailsToAsync(repeated);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(31, registrations.Count);
        Assert.Single(registrations, r => r.Email == repeated);
        Assert.Equal(31, registrations.Select(r => r.QueuePosition).Distinct().Count());
        Assert.Single(mails, m => m.Subject == "Aanmelding: " + ev.Title);
        Assert.Equal(9, mails.Count(m => m.Subject == "Opnieuw aangemeld voor " + ev.Title + "?"));
    }

    [Fact]
    public async Task Registering_for_a_full_event_puts_you_on_the_waitlist_and_a_cancellation_promotes_the_first_in_line()
    {
        var ev = await _app.PlanEventAsync(2, Now);
        var (first, second, third, fourth) = (Email("een"), Email("twee"), Email("drie"), Email("vier"));
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, first);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, second);
        var thirdBrowser = _app.CreateBrowser();
        var waiting = await thirdBrowser.FollowAsync(await thirdBrowser.RegisterForEventAsync(ev.Id, third));
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, fourth);

        var confirmation = (await _app.MailsToAsync(first)).Single();
        var cancel = await _app.CreateBrowser().SubmitAsync(confirmation.LinkTo("/Events/Registration"), new Dictionary<string, string> { ["t"] = Token(confirmation) },
            "/Events/Registration?handler=Cancel");

        Assert.Contains("je staat op de wachtlijst", waiting, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        var registrations = (await _app.RegistrationsAsync(ev.Id)).ToDictionary(r => r.EmailKey);
        Assert.Equal(RegistrationStatus.Cancelled, registrations[first].Status);
        Assert.Equal(RegistrationStatus.Registered, registrations[third].Status);
        Assert.Equal(RegistrationStatus.Waitlisted, registrations[fourth].Status);
        var thirdMails = await _app.MailsToAsync(third);
        Assert.Equal(["Wachtlijst: " + ev.Title, "Er is een plaats voor je: " + ev.Title], thirdMails.Select(m => m.Subject));
        Assert.Contains(thirdMails[1].Attachments, a => a.ContentType.MimeType == "text/calendar");
        Assert.Contains("Afgemeld: " + ev.Title, (await _app.MailsToAsync(first)).Select(m => m.Subject));
    }

    [Fact]
    public async Task Leaving_the_waitlist_frees_no_place_and_the_next_in_line_keeps_waiting()
    {
        var ev = await _app.PlanEventAsync(1, Now);
        var (holder, leaver, next) = (Email("houder"), Email("weg"), Email("volgende"));
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, holder);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, leaver);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, next);
        var mail = (await _app.MailsToAsync(leaver)).Single();

        var browser = _app.CreateBrowser();
        var page = await browser.FollowAsync(await browser.SubmitAsync(mail.LinkTo("/Events/Registration"), new Dictionary<string, string> { ["t"] = Token(mail) },
            "/Events/Registration?handler=Cancel"));

        Assert.Contains("Je staat niet meer op de wachtlijst.", page, StringComparison.Ordinal);
        var registrations = (await _app.RegistrationsAsync(ev.Id)).ToDictionary(r => r.EmailKey);
        Assert.Equal(RegistrationStatus.Registered, registrations[holder].Status);
        Assert.Equal(RegistrationStatus.Waitlisted, registrations[next].Status);
    }

    [Fact]
    public async Task After_the_event_is_called_off_a_forged_cancellation_is_refused_and_nobody_is_promoted()
    {
        var ev = await _app.PlanEventAsync(1, Now);
        var (holder, waiter) = (Email("afgelast"), Email("wachtend"));
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, holder);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, waiter);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Set<Event>().SingleAsync(e => e.Id == ev.Id)).Cancel("De zaal is niet beschikbaar.");
            await db.SaveChangesAsync();
        }
        var mail = (await _app.MailsToAsync(holder)).First();
        var browser = _app.CreateBrowser();

        var page = await browser.GetStringAsync(mail.LinkTo("/Events/Registration"));
        // The page offers no cancel form any more; a token from another page of the site serves the forger.
        var refused = await browser.FollowAsync(await browser.ForgeAsync("/Accessibility", new Dictionary<string, string> { ["t"] = Token(mail) },
            "/Events/Registration?handler=Cancel"));

        Assert.DoesNotContain("handler=Cancel", page, StringComparison.Ordinal);
        Assert.Contains("Dit kan niet meer: de aanmelding is gesloten, of de bijeenkomst is voorbij of afgelast.", refused, StringComparison.Ordinal);
        var registrations = (await _app.RegistrationsAsync(ev.Id)).ToDictionary(r => r.EmailKey);
        Assert.Equal(RegistrationStatus.Registered, registrations[holder].Status);
        Assert.Equal(RegistrationStatus.Waitlisted, registrations[waiter].Status);
        Assert.DoesNotContain(await _app.MailsToAsync(waiter), m => (m.Subject ?? "").StartsWith("Er is een plaats", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reserved_places_go_only_to_the_group_they_are_reserved_for()
    {
        var ev = await _app.PlanEventAsync(3, Now, reserved: 1, reservedFor: RoleCategory.SexWorker);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Email("a"), role: RoleCategory.CivilServant);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Email("b"), role: RoleCategory.Police);
        var details = await _app.CreateBrowser().GetStringAsync($"/Events/Details/{ev.Id}");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Email("c"), role: RoleCategory.CareWorker);
        var sexWorker = Email("d");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, sexWorker, role: RoleCategory.SexWorker);

        var registrations = (await _app.RegistrationsAsync(ev.Id)).ToDictionary(r => r.EmailKey);
        Assert.Contains("Nog 1 plaatsen", details, StringComparison.Ordinal);
        Assert.Contains("waarvan 1 voor sekswerkers", details, StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Waitlisted, registrations.Values.Single(r => r.Role == RoleCategory.CareWorker).Status);
        Assert.Equal((RegistrationStatus.Registered, Seat.Reserved), (registrations[sexWorker].Status, registrations[sexWorker].Seat));
    }

    [Fact]
    public async Task A_registrant_chooses_one_session_per_round_and_waits_for_a_full_session()
    {
        var ev = await _app.PlanEventAsync(10, Now, rounds:
            [new PlannedEvents.Round("Eerste ronde", ("Bankzaken", 1), ("Huisvesting", 5)), new PlannedEvents.Round("Tweede ronde", ("Zorg", 5))]);
        var sessions = ev.Rounds.SelectMany(r => r.Sessions).ToDictionary(s => s.Title, s => s.Id);
        var other = await _app.PlanEventAsync(10, Now, rounds: [new PlannedEvents.Round("Ronde", ("Elders", 5))]);
        var (early, late) = (Email("vroeg"), Email("laat"));

        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, early, sessions: [sessions["Bankzaken"], sessions["Zorg"]]);
        var browser = _app.CreateBrowser();
        var twoInOneRound = await browser.FollowAsync(await browser.RegisterForEventAsync(ev.Id, Email("dubbel"), sessions: [sessions["Bankzaken"], sessions["Huisvesting"]]));
        var foreign = await browser.FollowAsync(await browser.RegisterForEventAsync(ev.Id, Email("vreemd"), sessions: [other.Rounds[0].Sessions[0].Id]));
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, late, sessions: [sessions["Bankzaken"]]);

        Assert.Contains("Kies per ronde hoogstens één deelsessie.", twoInOneRound, StringComparison.Ordinal);
        Assert.Contains("hoort niet bij deze bijeenkomst", foreign, StringComparison.Ordinal);
        var registrations = (await _app.RegistrationsAsync(ev.Id)).ToDictionary(r => r.EmailKey);
        Assert.Equal(2, registrations.Count);
        Assert.All(registrations[early].Choices, c => Assert.Equal(SessionChoiceStatus.Confirmed, c.Status));
        Assert.Equal(SessionChoiceStatus.Waitlisted, registrations[late].Choices.Single().Status);
        Assert.Contains("Je deelsessies: Bankzaken (wachtlijst)", (await _app.MailsToAsync(late)).Single().TextBody, StringComparison.Ordinal);

        var mail = (await _app.MailsToAsync(early)).Single();
        await _app.CreateBrowser().SubmitAsync(mail.LinkTo("/Events/Registration"),
            new Dictionary<string, string> { ["t"] = Token(mail), ["sessions[0]"] = sessions["Huisvesting"].ToString(), ["sessions[1]"] = sessions["Zorg"].ToString() },
            "/Events/Registration?handler=Sessions");

        registrations = (await _app.RegistrationsAsync(ev.Id)).ToDictionary(r => r.EmailKey);
        Assert.Equal(SessionChoiceStatus.Confirmed, registrations[late].Choices.Single().Status);
        Assert.Contains("Er is een plaats voor je in een deelsessie", (await _app.MailsToAsync(late)).Select(m => m.Subject));
    }

    [Fact]
    public async Task Registering_again_with_a_registered_address_changes_nothing_and_answers_as_for_a_new_registration()
    {
        var ev = await _app.PlanEventAsync(5, Now);
        var email = Email("twee-keer");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, email, name: "Jade");
        var stranger = await _app.SignInAsync(await _app.CreateAsync(email: Email("vreemde"), emailConfirmed: true));
        var newcomer = _app.CreateBrowser();

        var again = await stranger.FollowAsync(await stranger.RegisterForEventAsync(ev.Id, email.ToUpperInvariant(), name: "Indringer"));
        var fresh = await newcomer.FollowAsync(await newcomer.RegisterForEventAsync(ev.Id, Email("nieuw"), name: "Nieuw"));

        var registration = Assert.Single(await _app.RegistrationsAsync(ev.Id), r => r.EmailKey == email);
        Assert.Equal("Jade", registration.Name);
        Assert.Null(registration.UserId);
        Assert.Equal(RegistrationStatus.Registered, registration.Status);
        Assert.Equal(Notice().Match(fresh).Value, Notice().Match(again).Value);
        Assert.Contains("Je bent aangemeld!", Notice().Match(again).Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Jade", again, StringComparison.Ordinal);
        var mails = await _app.MailsToAsync(email);
        Assert.Equal(["Aanmelding: " + ev.Title, "Opnieuw aangemeld voor " + ev.Title + "?"], mails.Select(m => m.Subject));
        Assert.Contains(mails[1].LinkTo("/Events/Registration"), mails[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_person_registering_someone_elses_address_does_not_become_its_owner()
    {
        var ev = await _app.PlanEventAsync(5, Now);
        var member = await _app.CreateAsync(email: Email("eigen"), emailConfirmed: true);
        var browser = await _app.SignInAsync(member);

        await browser.RegisterForEventAsync(ev.Id, Email("ander-adres"), name: "Voor een ander");
        await browser.RegisterForEventAsync(ev.Id, member.Email!, name: "Voor mezelf");

        var registrations = (await _app.RegistrationsAsync(ev.Id)).ToDictionary(r => r.Name);
        Assert.Null(registrations["Voor een ander"].UserId);
        Assert.Equal(member.Id, registrations["Voor mezelf"].UserId);
    }

    [Fact]
    public async Task Closed_cancelled_and_consentless_registrations_are_refused_with_a_clear_message()
    {
        var closing = await _app.PlanEventAsync(5, Now, startsIn: TimeSpan.FromHours(2));
        var browser = _app.CreateBrowser();
        var form = await browser.GetStringAsync($"/Events/Register/{closing.Id}");
        var noConsent = await browser.FollowAsync(await browser.RegisterForEventAsync(closing.Id, Email("geen"), consent: false));
        _app.Clock.Advance(TimeSpan.FromHours(3));
        var late = await browser.PostAsync($"/Events/Register/{closing.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Laat", ["Input.Email"] = Email("laat"), ["Input.Consent"] = "true", ["__RequestVerificationToken"] = Forms.Token(form)!,
        }));

        var cancelled = await _app.PlanEventAsync(5, Now);
        var coordinator = await _app.SignInAsStaffAsync(Inclusief.Web.Features.Accounts.StaffRoles.Coordinator);
        await coordinator.SubmitAsync($"/Events/Admin/Edit/{cancelled.Id}", new Dictionary<string, string> { ["CancellationReason"] = "De zaal is niet beschikbaar." },
            $"/Events/Admin/Edit/{cancelled.Id}?handler=Cancel");
        var afterCancel = await _app.CreateBrowser().GetStringAsync($"/Events/Register/{cancelled.Id}");

        Assert.Contains("Zonder deze toestemming kunnen we je aanmelding niet verwerken.", noConsent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("De aanmelding voor deze bijeenkomst is gesloten.", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Deze bijeenkomst gaat niet door", afterCancel, StringComparison.Ordinal);
        Assert.Empty(await _app.RegistrationsAsync(closing.Id));
    }

    [Fact]
    public async Task A_tampered_link_opens_nothing_and_says_how_to_get_a_new_one()
    {
        var ev = await _app.PlanEventAsync(5, Now);
        var email = Email("link");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, email);
        var mail = (await _app.MailsToAsync(email)).Single();
        var link = mail.LinkTo("/Events/Registration");

        var tampered = await _app.CreateBrowser().GetAsync(link[..^3] + (link.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA"));
        var browser = _app.CreateBrowser();
        var lostLink = Links.Href(await browser.GetStringAsync($"/Events/Details/{ev.Id}"), "[data-testid=lost-link]")!;
        var resend = await browser.FollowAsync(await browser.SubmitAsync(lostLink, new Dictionary<string, string> { ["LinkEmail"] = email }));
        var unknown = await browser.FollowAsync(await browser.SubmitAsync(lostLink, new Dictionary<string, string> { ["LinkEmail"] = Email("onbekend") }));

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Contains("Deze link werkt niet", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Als dit adres is aangemeld", resend, StringComparison.Ordinal);
        Assert.Contains("Als dit adres is aangemeld", unknown, StringComparison.Ordinal);
        var resent = (await _app.MailsToAsync(email)).Last();
        Assert.Equal("Je link voor " + ev.Title, resent.Subject);
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateBrowser().GetAsync(resent.LinkTo("/Events/Registration"))).StatusCode);
    }

    [Fact]
    public async Task The_day_before_registered_people_get_a_reminder_and_afterwards_a_question_how_it_was()
    {
        var ev = await _app.PlanEventAsync(5, Now, startsIn: TimeSpan.FromDays(3));
        var (coming, cancelling) = (Email("komt"), Email("afgemeld"));
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, coming);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, cancelling);
        var mail = (await _app.MailsToAsync(cancelling)).Single();
        await _app.CreateBrowser().SubmitAsync(mail.LinkTo("/Events/Registration"), new Dictionary<string, string> { ["t"] = Token(mail) }, "/Events/Registration?handler=Cancel");

        _app.Clock.Advance(TimeSpan.FromDays(1));
        var tooEarly = await _app.MailsToAsync(coming);
        _app.Clock.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromMinutes(1)));
        var dayBefore = await _app.MailsToAsync(coming);
        _app.Clock.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromHours(6)));
        var after = await _app.MailsToAsync(coming);
        var link = after.Last().LinkTo("/Events/Registration");
        await _app.CreateBrowser().SubmitAsync(link, new Dictionary<string, string> { ["t"] = Token(after.Last()), ["rating"] = "4", ["valuable"] = "De dialoog met de politie." },
            "/Events/Registration?handler=Feedback");

        Assert.Single(tooEarly);
        Assert.Equal("Morgen: " + ev.Title, dayBefore.Last().Subject);
        Assert.Equal("Hoe was " + ev.Title + "?", after.Last().Subject);
        Assert.DoesNotContain(await _app.MailsToAsync(cancelling), m => m.Subject!.StartsWith("Morgen", StringComparison.Ordinal));
        var coordinator = await _app.SignInAsStaffAsync(Inclusief.Web.Features.Accounts.StaffRoles.Coordinator);
        var overview = await coordinator.GetStringAsync($"/Events/Admin/Registrations/{ev.Id}");
        Assert.Contains("1 reacties, gemiddeld cijfer 4,0", overview, StringComparison.Ordinal);
        Assert.Contains("De dialoog met de politie.", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_the_event_mails_an_updated_calendar_entry_and_the_old_reminder_is_not_sent()
    {
        var ev = await _app.PlanEventAsync(5, Now, startsIn: TimeSpan.FromDays(3));
        var email = Email("verzet");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, email);
        var coordinator = await _app.SignInAsStaffAsync(Inclusief.Web.Features.Accounts.StaffRoles.Coordinator);
        var form = await coordinator.GetStringAsync($"/Events/Admin/Edit/{ev.Id}");
        var fields = FormValues(form);
        fields["Input.Date"] = DateOnly.FromDateTime(Inclusief.Web.Infrastructure.Localization.ProgrammeTime.ToLocal(ev.StartsAt).AddDays(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        fields["Input.ClosesDate"] = fields["Input.Date"];
        fields["Input.EndDate"] = DateOnly.FromDateTime(Inclusief.Web.Infrastructure.Localization.ProgrammeTime.ToLocal(ev.EndsAt).AddDays(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var saved = await coordinator.SubmitAsync($"/Events/Admin/Edit/{ev.Id}", fields);
        _app.Clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromHours(1)));
        var mails = await _app.MailsToAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Aanmelding: " + ev.Title, "Gewijzigd: " + ev.Title], mails.Select(m => m.Subject));
        var calendar = mails[1].Attachments.OfType<MimeKit.MimePart>().Single();
        using var content = new MemoryStream();
        await calendar.Content!.DecodeToAsync(content);
        Assert.Contains("SEQUENCE:1", System.Text.Encoding.UTF8.GetString(content.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_only_events_stay_hidden_without_the_invitation_code()
    {
        var ev = await _app.PlanEventAsync(5, Now, audience: EventAudience.InvitationOnly);
        var list = await _app.CreateBrowser().GetStringAsync("/Events");
        var feed = await _app.CreateBrowser().GetStringAsync("/Events/Feed");

        var withoutCode = await _app.CreateBrowser().GetAsync($"/Events/Details/{ev.Id}");
        var wrongCode = await _app.CreateBrowser().GetAsync($"/Events/Register/{ev.Id}?invite=raden");
        var invited = await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Email("genodigd"), invite: ev.InvitationCode!);

        Assert.DoesNotContain(ev.Title, list, StringComparison.Ordinal);
        Assert.DoesNotContain(ev.Title, feed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, withoutCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Single(await _app.RegistrationsAsync(ev.Id));
    }

    [Fact]
    public async Task Public_events_are_listed_with_places_left_in_the_feed_and_with_event_markup()
    {
        var ev = await _app.PlanEventAsync(12, Now);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Email("een"));

        var list = await _app.CreateBrowser().GetStringAsync("/Events?type=ThemeMeeting");
        var otherType = await _app.CreateBrowser().GetStringAsync("/Events?type=DialogueTable");
        var details = await _app.CreateBrowser().GetStringAsync($"/Events/Details/{ev.Id}");
        var feed = await _app.CreateBrowser().GetAsync("/Events/Feed");

        Assert.Contains(ev.Title, list, StringComparison.Ordinal);
        Assert.Contains("Nog 11 plaatsen", list, StringComparison.Ordinal);
        Assert.DoesNotContain(ev.Title, otherType, StringComparison.Ordinal);
        Assert.Contains("itemtype=\"https://schema.org/BusinessEvent\"", details, StringComparison.Ordinal);
        Assert.Contains("itemprop=\"startDate\"", details, StringComparison.Ordinal);
        Assert.DoesNotContain("meet.example.org", details, StringComparison.Ordinal);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"SUMMARY:{ev.Title}", await feed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_per_role_hides_small_counts_and_their_complement_so_no_role_can_be_read()
    {
        var ev = await _app.PlanEventAsync(6, Now);
        for (var i = 0; i < 6; i++)
        {
            await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Email($"ambtenaar-{i}"), name: $"Ambtenaar {i}", role: RoleCategory.CivilServant);
        }
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Email("wacht"), name: "Roos", role: RoleCategory.SexWorker);
        var coordinator = await _app.SignInAsStaffAsync(Inclusief.Web.Features.Accounts.StaffRoles.Coordinator);

        var overview = await coordinator.GetStringAsync($"/Events/Admin/Registrations/{ev.Id}");

        Assert.Contains("<th scope=\"row\">Ambtenaar</th><td>6</td>", overview, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Sekswerker</th><td>&lt; 5</td><td>&lt; 5</td>", overview, StringComparison.Ordinal);
        var categoryRows = System.Text.RegularExpressions.Regex.Matches(overview, "<tr><th scope=\"row\">(?!Totaal)[^<]+</th>.*?</tr>").Select(m => m.Value).ToList();
        Assert.NotEmpty(categoryRows);
        Assert.DoesNotContain(categoryRows, row => row.Contains("<td>1</td>", StringComparison.Ordinal) || row.Contains("<td>0</td>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Organisers_check_people_in_by_code_and_see_attendance_per_role_only_as_totals()
    {
        var ev = await _app.PlanEventAsync(5, Now);
        var email = Email("aanwezig");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, email, name: "Roos", role: RoleCategory.SexWorker);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Email("ambtenaar"), name: "Pieter", role: RoleCategory.CivilServant);
        var registration = (await _app.RegistrationsAsync(ev.Id)).Single(r => r.EmailKey == email);
        var coordinator = await _app.SignInAsStaffAsync(Inclusief.Web.Features.Accounts.StaffRoles.Coordinator);

        var found = await coordinator.GetStringAsync($"/Events/Admin/CheckIn/{ev.Id}?Search={registration.Code.ToLowerInvariant()}");
        await coordinator.SubmitAsync($"/Events/Admin/CheckIn/{ev.Id}?Search={registration.Code}", new Dictionary<string, string> { ["registrationId"] = registration.Id.ToString() });
        var overview = await coordinator.GetStringAsync($"/Events/Admin/Registrations/{ev.Id}");
        var csv = await coordinator.GetStringAsync($"/Events/Admin/Registrations/{ev.Id}?handler=Export");

        Assert.Contains("Roos", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Pieter", found, StringComparison.Ordinal);
        Assert.NotNull((await _app.RegistrationsAsync(ev.Id)).Single(r => r.EmailKey == email).CheckedInAt);
        Assert.Contains("<th scope=\"row\">Sekswerker</th><td>&lt; 5</td><td>&lt; 5</td><td>&lt; 5</td>", overview, StringComparison.Ordinal);
        Assert.Contains("\"Roos\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Sekswerker", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_coordinators_with_two_factor_organise_events()
    {
        var ev = await _app.PlanEventAsync(5, Now);
        var member = await _app.SignInAsync(await _app.CreateAsync());
        var anonymous = _app.CreateBrowser();

        foreach (var page in new[] { "/Events/Admin", $"/Events/Admin/Registrations/{ev.Id}", $"/Events/Admin/CheckIn/{ev.Id}", $"/Events/Admin/Edit/{ev.Id}" })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync(page)).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task A_coordinator_plans_an_event_with_breakout_rounds_and_publishes_the_outcomes_of_a_dialogue_table()
    {
        var coordinator = await _app.SignInAsStaffAsync(Inclusief.Web.Features.Accounts.StaffRoles.Coordinator);
        var date = DateOnly.FromDateTime(Now.AddDays(10)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var title = $"Dialoogtafel {Guid.NewGuid():N}"[..24];

        var invalid = await coordinator.SubmitAsync("/Events/Admin/Edit", new Dictionary<string, string>
        {
            ["Input.Type"] = "DialogueTable", ["Input.Title"] = title, ["Input.Description"] = "Sekswerkers en de gemeente aan één tafel.", ["Input.Date"] = date,
            ["Input.StartTime"] = "14:00", ["Input.EndTime"] = "13:00", ["Input.Audience"] = "Public", ["Input.Languages"] = "Nederlands", ["Input.Capacity"] = "20", ["Input.ReservedPlaces"] = "0",
        });
        var created = await coordinator.SubmitAsync("/Events/Admin/Edit", new Dictionary<string, string>
        {
            ["Input.Type"] = "DialogueTable", ["Input.Title"] = title, ["Input.Description"] = "Sekswerkers en de gemeente aan één tafel.", ["Input.Date"] = date,
            ["Input.StartTime"] = "14:00", ["Input.EndTime"] = "17:00", ["Input.Venue"] = "Buurthuis De Mussen, Den Haag", ["Input.Audience"] = "Public",
            ["Input.Languages"] = "Nederlands", ["Input.Capacity"] = "20", ["Input.ReservedPlaces"] = "8", ["Input.ReservedFor"] = "SexWorker",
        });
        var programme = created.Headers.Location!.OriginalString;
        await coordinator.SubmitAsync(programme, new Dictionary<string, string> { ["title"] = "Eerste ronde", ["startTime"] = "14:30", ["endTime"] = "15:30" }, programme + "?handler=Round");
        Event ev;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            ev = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Event>().Include(e => e.Rounds).SingleAsync(e => e.Title == title);
        }
        await coordinator.SubmitAsync(programme, new Dictionary<string, string> { ["roundId"] = ev.Rounds[0].Id.ToString(), ["title"] = "Bankzaken", ["capacity"] = "10" }, programme + "?handler=Session");
        await coordinator.SubmitAsync(programme, new Dictionary<string, string>(), $"/Events/Admin/Edit/{ev.Id}?handler=Publish");
        var details = await _app.CreateBrowser().GetStringAsync($"/Events/Details/{ev.Id}");
        var tooEarly = await coordinator.FollowAsync(await coordinator.SubmitAsync($"/Events/Admin/WriteUp/{ev.Id}", new Dictionary<string, string> { ["Impression"] = "Goed gesprek." }));
        _app.Clock.Advance(TimeSpan.FromDays(11));
        coordinator = await _app.SignInAsStaffAsync(Inclusief.Web.Features.Accounts.StaffRoles.Coordinator);
        await coordinator.SubmitAsync($"/Events/Admin/WriteUp/{ev.Id}", new Dictionary<string, string>
        {
            ["Impression"] = "Een open gesprek.", ["Agreements"] = "De gemeente nodigt SHOP uit bij de evaluatie.", ["OpenQuestions"] = "Wie betaalt de tolk?", ["MinorityViews"] = "Twee deelnemers willen geen vergunningplicht.",
        });
        var published = await _app.CreateBrowser().GetStringAsync($"/Events/Details/{ev.Id}");

        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Het einde moet na het begin liggen.", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Bankzaken", details, StringComparison.Ordinal);
        Assert.Contains("waarvan 8 voor sekswerkers", details, StringComparison.Ordinal);
        Assert.Contains("Een verslag kan pas als de bijeenkomst begonnen is.", tooEarly, StringComparison.Ordinal);
        Assert.Contains("Twee deelnemers willen geen vergunningplicht.", published, StringComparison.Ordinal);
        Assert.Contains("Minderheidsstandpunten die gehoord zijn", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_an_account_cancels_its_registration_and_gives_the_place_to_the_next_in_line()
    {
        var (ev, member, next) = await OnePlaceTakenByAMemberAsync("lid");
        var export = await (await member.SubmitAsync("/Accounts/MyData", new Dictionary<string, string>(), "/Accounts/MyData?handler=Export")).Content.ReadAsStringAsync();

        await member.SubmitAsync("/Accounts/MyData", new Dictionary<string, string> { ["confirm"] = "true", ["password"] = People.Password }, "/Accounts/MyData?handler=Delete");

        Assert.Contains(ev.Title, export, StringComparison.Ordinal);
        var registration = Assert.Single(await _app.RegistrationsAsync(ev.Id));
        Assert.Equal((next, RegistrationStatus.Registered), (registration.EmailKey, registration.Status));
    }

    [Fact]
    public async Task Erasing_an_account_with_a_place_at_a_called_off_event_promotes_nobody_and_mails_nobody()
    {
        var (ev, member, next) = await OnePlaceTakenByAMemberAsync("afgelast");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Set<Event>().SingleAsync(e => e.Id == ev.Id)).Cancel("De zaal is niet beschikbaar.");
            await db.SaveChangesAsync();
        }

        var deleted = await member.SubmitAsync("/Accounts/MyData", new Dictionary<string, string> { ["confirm"] = "true", ["password"] = People.Password }, "/Accounts/MyData?handler=Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var registration = Assert.Single(await _app.RegistrationsAsync(ev.Id));
        Assert.Equal((next, RegistrationStatus.Waitlisted), (registration.EmailKey, registration.Status));
        Assert.DoesNotContain(await _app.MailsToAsync(next), m => (m.Subject ?? "").StartsWith("Er is een plaats", StringComparison.Ordinal));
    }

    /// <summary>An event of one place, taken by a member with a confirmed address; someone else waits for it.</summary>
    private async Task<(Event Event, HttpClient Member, string Next)> OnePlaceTakenByAMemberAsync(string name)
    {
        var ev = await _app.PlanEventAsync(1, Now);
        var user = await _app.CreateAsync(email: Email(name + "-lid"), emailConfirmed: true);
        var member = await _app.SignInAsync(user);
        var next = Email(name + "-volgende");
        await member.RegisterForEventAsync(ev.Id, user.Email!);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, next);
        return (ev, member, next);
    }

    private static string Token(MimeKit.MimeMessage mail) =>
        Uri.UnescapeDataString(mail.LinkTo("/Events/Registration").Split("t=")[1].Split('#')[0]);

    private static Dictionary<string, string> FormValues(string html)
    {
        var values = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<input[^>]*name=\"(Input\\.[^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>"))
        {
            if (!m.Value.Contains("type=\"radio\"", StringComparison.Ordinal) || m.Value.Contains("checked", StringComparison.Ordinal))
            {
                values[m.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
            }
        }
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<textarea[^>]*name=\"(Input\\.[^\"]+)\"[^>]*>([^<]*)</textarea>"))
        {
            values[m.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value).Trim();
        }
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<select[^>]*name=\"(Input\\.[^\"]+)\"[^>]*>(.*?)</select>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            var selected = System.Text.RegularExpressions.Regex.Match(m.Groups[2].Value, "<option value=\"([^\"]*)\"[^>]*\\bselected");
            values[m.Groups[1].Value] = selected.Success ? selected.Groups[1].Value : "";
        }
        return values;
    }

    public void Dispose() => _app.Dispose();

    [System.Text.RegularExpressions.GeneratedRegex("<p class=\"notice\" role=\"status\">[^<]*</p>")]
    private static partial System.Text.RegularExpressions.Regex Notice();
}
