using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Participation;

[Collection(SharedApp.Name)]
public sealed class CoordinationTests(AppFactory app)
{
    private static Dictionary<string, string> Intake(int version, DateTime day, string time = "14:00") => new()
    {
        ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Intake.Date"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Intake.Time"] = time,
        ["Intake.DurationMinutes"] = "45",
        ["Intake.Location"] = "Wijkcentrum De Regenboog, Den Haag",
    };

    private static Task<HttpResponseMessage> DecideAsync(HttpClient coordinator, Guid id, string handler, Dictionary<string, string> fields) =>
        coordinator.SubmitAsync($"/Participation/Admin/Details/{id}", fields, $"/Participation/Admin/Details/{id}?handler={handler}");

    private static DateTime NextWeek => TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(7);

    [Fact]
    public async Task Only_coordinators_with_two_factor_open_the_back_office()
    {
        var participant = await app.SignInAsync(await app.CreateAsync());
        var caseworker = await app.SignInAsStaffAsync(StaffRoles.Caseworker);
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        Assert.Equal(HttpStatusCode.Redirect, (await participant.GetAsync("/Participation/Admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.GetAsync("/Participation/Admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/Participation/Admin")).StatusCode);
    }

    [Fact]
    public async Task Planning_an_intake_mails_an_ics_invitation_and_moving_it_updates_the_same_calendar_entry()
    {
        var email = Participants.UniqueEmail("intake");
        var signedUp = await app.SignUpAsync(email);
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        await DecideAsync(coordinator, signedUp.Id, "PlanIntake", Intake(signedUp.Version, NextWeek));
        var planned = await app.ParticipantAsync(signedUp.Id);
        await DecideAsync(coordinator, signedUp.Id, "PlanIntake", Intake(planned.Version, NextWeek.AddDays(1), "10:30"));

        var invitations = (await app.MailsToAsync(email)).Where(m => m.Subject == "Uitnodiging voor een kennismakingsgesprek").ToList();
        Assert.Equal(2, invitations.Count);
        var calendars = invitations.Select(m => m.Attachments.OfType<MimeKit.MimePart>().Single(a => a.FileName == "kennismakingsgesprek.ics"))
            .Select(part => { using var stream = new MemoryStream(); part.Content!.DecodeTo(stream); return System.Text.Encoding.UTF8.GetString(stream.ToArray()); }).ToList();
        Assert.All(calendars, ics => Assert.Contains($"UID:intake-{signedUp.Id:N}@inclusief", ics, StringComparison.Ordinal));
        Assert.DoesNotContain("SEQUENCE:1", calendars[0], StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", calendars[1], StringComparison.Ordinal);
        Assert.Contains("LOCATION:Wijkcentrum De Regenboog\\, Den Haag", calendars[1], StringComparison.Ordinal);
        Assert.Contains("om 10:30", invitations[1].TextBody, StringComparison.Ordinal);
        Assert.Equal(ParticipationStatus.IntakePlanned, (await app.ParticipantAsync(signedUp.Id)).Status);
    }

    [Fact]
    public async Task Declining_mails_the_reason_to_the_applicant()
    {
        var email = Participants.UniqueEmail("afgewezen");
        var signedUp = await app.SignUpAsync(email);
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        await DecideAsync(coordinator, signedUp.Id, "Decline", new() { ["Version"] = signedUp.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Reason"] = "De expertgroep is dit jaar vol." });

        var mail = (await app.MailsToAsync(email)).Single(m => m.Subject == "Over je aanmelding");
        Assert.Contains("De reden: De expertgroep is dit jaar vol.", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(ParticipationStatus.Declined, (await app.ParticipantAsync(signedUp.Id)).Status);
    }

    [Fact]
    public async Task Declining_without_a_reason_is_refused_and_nothing_changes()
    {
        var signedUp = await app.SignUpAsync(Participants.UniqueEmail("geen-reden"));
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var response = await DecideAsync(coordinator, signedUp.Id, "Decline", new() { ["Version"] = signedUp.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Reason"] = "" });

        Assert.Contains("Geef een reden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ParticipationStatus.New, (await app.ParticipantAsync(signedUp.Id)).Status);
    }

    [Fact]
    public async Task A_decision_made_on_a_page_that_is_out_of_date_is_refused()
    {
        var signedUp = await app.SignUpAsync(Participants.UniqueEmail("verouderd"));
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var staleVersion = signedUp.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/Participation/Admin/Details/{signedUp.Id}";
        var openPage = await coordinator.OpenFormAsync(url, action: url + "?handler=Decline");
        await DecideAsync(coordinator, signedUp.Id, "Activate", new() { ["Version"] = staleVersion });

        var stale = await openPage.SubmitAsync(new Dictionary<string, string> { ["Version"] = staleVersion, ["Reason"] = "Te laat" });

        Assert.Contains("Iemand anders heeft deze aanmelding intussen gewijzigd", await coordinator.FollowAsync(stale), StringComparison.Ordinal);
        Assert.Equal(ParticipationStatus.Active, (await app.ParticipantAsync(signedUp.Id)).Status);
    }

    [Fact]
    public async Task Coordinator_notes_are_stored_encrypted_and_shown_to_coordinators()
    {
        var signedUp = await app.SignUpAsync(Participants.UniqueEmail("notitie"));
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        await DecideAsync(coordinator, signedUp.Id, "Note", new() { ["Note"] = "Wil liever 's avonds bellen." });

        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CoordinatorNote>().SingleAsync(n => n.ParticipantId == signedUp.Id);
        Assert.DoesNotContain("avonds", stored.EncryptedText, StringComparison.Ordinal);
        Assert.Contains("Wil liever &#x27;s avonds bellen.", await coordinator.GetStringAsync($"/Participation/Admin/Details/{signedUp.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewing_and_deciding_are_written_to_the_audit_log()
    {
        var signedUp = await app.SignUpAsync(Participants.UniqueEmail("audit"));
        var coordinatorUser = await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true);
        var coordinator = await app.SignInAsync(coordinatorUser);

        await DecideAsync(coordinator, signedUp.Id, "Activate", new() { ["Version"] = signedUp.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        await using var scope = app.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .Where(e => e.SubjectId == signedUp.Id.ToString() && e.ActorId == coordinatorUser.Id).Select(e => e.Action).ToListAsync();
        Assert.Contains("participant-viewed", actions);
        Assert.Contains("participant-activated", actions);
    }

    [Fact]
    public async Task The_member_list_filters_by_group_and_status_and_exports_csv_with_formulas_defused()
    {
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var member = await app.SignUpAsync(Participants.UniqueEmail("lid"), "sounding-board", displayName: "=SUM(A1)");
        await DecideAsync(coordinator, member.Id, "Activate", new() { ["Version"] = member.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var notYet = await app.SignUpAsync(Participants.UniqueEmail("nog-niet"), "sounding-board", displayName: "Nog Niet Actief");

        var list = await coordinator.GetStringAsync("/Participation/Admin?Query.Form=SoundingBoard&Query.Status=Active");
        var csv = await coordinator.GetStringAsync("/Participation/Admin?handler=Export&Query.Form=SoundingBoard&Query.Status=Active");

        Assert.Contains("=SUM(A1)", list, StringComparison.Ordinal);
        Assert.DoesNotContain(notYet.DisplayName, list, StringComparison.Ordinal);
        Assert.Contains("\"'=SUM(A1)\"", csv, StringComparison.Ordinal);
        Assert.Contains(member.Email, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(notYet.Email, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_message_reaches_every_active_member_of_that_group_and_nobody_else()
    {
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var active = await app.SignUpAsync(Participants.UniqueEmail("actief"), "work-field-group");
        await DecideAsync(coordinator, active.Id, "Activate", new() { ["Version"] = active.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var pending = await app.SignUpAsync(Participants.UniqueEmail("wachtend"), "work-field-group");
        var subject = $"Werkgroep bankzaken {Guid.NewGuid():N}";

        await coordinator.SubmitAsync("/Participation/Admin/Message", new Dictionary<string, string> { ["Group"] = "WorkFieldGroup", ["Subject"] = subject, ["Body"] = "Beste allemaal,\n\nVolgende week praten we verder." });

        Assert.Contains(await app.MailsToAsync(active.Email), m => m.Subject == subject);
        Assert.DoesNotContain(await app.MailsToAsync(pending.Email), m => m.Subject == subject);
    }

    [Fact]
    public async Task An_unknown_participant_gives_a_404_page()
    {
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Participation/Admin/Details/{Guid.NewGuid()}")).StatusCode);
    }
}
