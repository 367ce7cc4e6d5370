using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Participation;

[Collection(SharedApp.Name)]
public sealed class MyParticipationTests(AppFactory app)
{
    private async Task<HttpClient> ReturnByMailAsync(string email)
    {
        await app.CreateBrowser().SubmitAsync("/Participation/Return", new Dictionary<string, string> { ["Email"] = email });
        var link = (await app.MailsToAsync(email)).Last(m => m.Subject == "Je inloglink").LinkTo("/Participation/Return");
        var browser = app.CreateBrowser();
        var response = await browser.SubmitAsync(link, new Dictionary<string, string>());
        Assert.Equal("/Participation/Mine", response.Headers.Location?.OriginalString);
        return browser;
    }

    [Fact]
    public async Task Someone_without_an_account_returns_by_mail_link_and_sees_their_own_sign_ups_only()
    {
        var email = Participants.UniqueEmail("terug");
        await app.SignUpAsync(email, "expert-group", displayName: "Merel");
        await app.SignUpAsync(Participants.UniqueEmail("iemand-anders"), "expert-group", displayName: "Iemand Anders");

        var browser = await ReturnByMailAsync(email);
        var mine = await browser.GetStringAsync("/Participation/Mine");

        Assert.Contains("Expertgroep", mine, StringComparison.Ordinal);
        Assert.Contains("Nieuw", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Iemand Anders", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_link_works_only_once()
    {
        var email = Participants.UniqueEmail("eenmalig");
        await app.SignUpAsync(email);
        await app.CreateBrowser().SubmitAsync("/Participation/Return", new Dictionary<string, string> { ["Email"] = email });
        var link = (await app.MailsToAsync(email)).Single(m => m.Subject == "Je inloglink").LinkTo("/Participation/Return");
        await app.CreateBrowser().SubmitAsync(link, new Dictionary<string, string>());

        var again = await app.CreateBrowser().SubmitAsync(link, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("Deze inloglink werkt niet meer", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_a_link_for_an_unknown_address_looks_the_same_and_sends_nothing()
    {
        var unknown = Participants.UniqueEmail("onbekend");
        var known = Participants.UniqueEmail("bekend");
        await app.SignUpAsync(known);

        var forUnknown = await app.CreateBrowser().SubmitAsync("/Participation/Return", new Dictionary<string, string> { ["Email"] = unknown });
        var forKnown = await app.CreateBrowser().SubmitAsync("/Participation/Return", new Dictionary<string, string> { ["Email"] = known });

        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Contains("Als we dit adres kennen", await forUnknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.MailsToAsync(unknown));
        Assert.Contains(await app.MailsToAsync(known), m => m.Subject == "Je inloglink");
    }

    [Fact]
    public async Task A_staff_account_cannot_be_entered_with_a_mail_link()
    {
        var email = Participants.UniqueEmail("staf");
        await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true, email: email, emailConfirmed: true);
        await app.CreateBrowser().SubmitAsync("/Participation/Return", new Dictionary<string, string> { ["Email"] = email });
        var link = (await app.MailsToAsync(email)).Single(m => m.Subject == "Je inloglink").LinkTo("/Participation/Return");

        var response = await app.CreateBrowser().SubmitAsync(link, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task A_participant_asks_for_another_intake_time_which_the_coordinator_sees()
    {
        var email = Participants.UniqueEmail("ander-moment");
        var signedUp = await app.SignUpAsync(email);
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await coordinator.SubmitAsync($"/Participation/Admin/Details/{signedUp.Id}", new Dictionary<string, string>
        {
            ["Version"] = "0", ["Intake.Date"] = TimeProvider.System.GetUtcNow().AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Intake.Time"] = "11:00", ["Intake.DurationMinutes"] = "30", ["Intake.OnlineLink"] = "https://meet.example/intake",
        }, $"/Participation/Admin/Details/{signedUp.Id}?handler=PlanIntake");
        var browser = await ReturnByMailAsync(email);

        await browser.SubmitAsync("/Participation/Mine", new Dictionary<string, string> { ["Note"] = "Liever na 17 uur" }, $"/Participation/Mine?handler=OtherTime&id={signedUp.Id}");

        var intake = (await app.ParticipantAsync(signedUp.Id)).CurrentIntake!;
        Assert.Equal((IntakeStatus.OtherTimeRequested, "Liever na 17 uur"), (intake.Status, intake.RequestNote));
        Assert.Contains("Liever na 17 uur", await coordinator.GetStringAsync($"/Participation/Admin/Details/{signedUp.Id}"), StringComparison.Ordinal);
        Assert.Contains(signedUp.DisplayName, await coordinator.GetStringAsync("/Participation/Admin?Query.OtherTimeRequested=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_leaves_a_group()
    {
        var email = Participants.UniqueEmail("vertrek");
        var signedUp = await app.SignUpAsync(email, "sounding-board");
        var browser = await ReturnByMailAsync(email);

        await browser.SubmitAsync("/Participation/Mine", new Dictionary<string, string>(), $"/Participation/Mine?handler=Leave&id={signedUp.Id}");

        Assert.Equal(ParticipationStatus.Ended, (await app.ParticipantAsync(signedUp.Id)).Status);
    }

    [Fact]
    public async Task Nobody_can_act_on_someone_elses_sign_up()
    {
        var victim = await app.SignUpAsync(Participants.UniqueEmail("slachtoffer"));
        var other = Participants.UniqueEmail("ander");
        await app.SignUpAsync(other);
        var browser = await ReturnByMailAsync(other);

        var response = await browser.ForgeAsync("/Participation/Mine", new Dictionary<string, string>(), $"/Participation/Mine?handler=Leave&id={victim.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ParticipationStatus.New, (await app.ParticipantAsync(victim.Id)).Status);
    }

    [Fact]
    public async Task Signing_up_while_signed_in_links_the_sign_up_to_the_account()
    {
        var user = await app.CreateAsync(email: Participants.UniqueEmail("met-account"));
        var browser = await app.SignInAsync(user);

        await app.SignUpAsync(user.Email!, "project-idea", browser);

        Assert.Contains("Projectidee", await browser.GetStringAsync("/Participation/Mine"), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Participant>().AnyAsync(p => p.UserId == user.Id));
    }

    [Fact]
    public async Task A_participant_changes_their_pseudonym_and_withdraws_a_consent_which_the_coordinator_sees()
    {
        var email = Participants.UniqueEmail("wijzig");
        var signedUp = await app.SignUpAsync(email, "sounding-board");
        var browser = await ReturnByMailAsync(email);

        await browser.SubmitAsync("/Participation/Mine", new Dictionary<string, string> { ["displayName"] = "Nieuwe Naam", ["phone"] = "06 12345678" }, $"/Participation/Mine?handler=Contact&id={signedUp.Id}");
        await browser.SubmitAsync("/Participation/Mine", new Dictionary<string, string> { ["share"] = "true" }, $"/Participation/Mine?handler=LivedExperience&id={signedUp.Id}");
        await browser.SubmitAsync("/Participation/Mine", new Dictionary<string, string> { ["share"] = "false" }, $"/Participation/Mine?handler=LivedExperience&id={signedUp.Id}");

        var changed = await app.ParticipantAsync(signedUp.Id);
        Assert.Equal(("Nieuwe Naam", "06 12345678"), (changed.DisplayName, changed.Phone));
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var details = await coordinator.GetStringAsync($"/Participation/Admin/Details/{signedUp.Id}");
        Assert.Contains("Ingetrokken", details, StringComparison.Ordinal);
        Assert.Contains("Nieuwe Naam", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_pseudonym_is_refused_and_the_old_one_kept()
    {
        var email = Participants.UniqueEmail("leeg");
        var signedUp = await app.SignUpAsync(email);
        var browser = await ReturnByMailAsync(email);

        var response = await browser.SubmitAsync("/Participation/Mine", new Dictionary<string, string> { ["displayName"] = " " }, $"/Participation/Mine?handler=Contact&id={signedUp.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul Naam of schuilnaam in.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Jade", (await app.ParticipantAsync(signedUp.Id)).DisplayName);

        // The field's name and its limits are in the message, translated.
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        response = await browser.SubmitAsync("/Participation/Mine", new Dictionary<string, string> { ["displayName"] = "J" }, $"/Participation/Mine?handler=Contact&id={signedUp.Id}");
        Assert.Contains("Name or pseudonym must be between 2 and 60 characters long.", await browser.FollowAsync(response), StringComparison.Ordinal);
    }
}
