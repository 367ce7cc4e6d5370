using System.Globalization;
using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Projects;

[Collection(SharedApp.Name)]
public sealed class SubProjectTests(AppFactory app)
{
    private async Task<(SubProject Project, AppUser Lead, HttpClient LeadBrowser)> StartAsync(Visibility visibility = Visibility.Members)
    {
        var lead = await app.CreateAsync(email: Participants.UniqueEmail("trekker"), emailConfirmed: true);
        var project = SubProject.FromIdea(Guid.NewGuid(), $"Deelproject {Guid.NewGuid():N}"[..24], "Hoe krijgen sekswerkers een zakelijke rekening?", "GM0518", lead.Id, TimeProvider.System.GetUtcNow().UtcDateTime);
        project.Change(new SubProject.Settings(project.Title, project.Question, null, "GM0518", SubProjectStatus.Running, visibility, null, null, null));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Set<SubProject>().Add(project);
            await db.SaveChangesAsync();
        }
        return (project, lead, await app.SignInAsync(lead));
    }

    /// <summary>Posts a form of the project page (or of <paramref name="page"/>) to the page and handler it names.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, SubProject project, string target, Dictionary<string, string> fields, string page = "Details")
    {
        var (targetPage, handler) = target.Split('?') is [var p, var h] ? (p, h) : (page, target);
        return browser.SubmitAsync($"/Projects/{page}/{project.Id}", fields, $"/Projects/{targetPage}/{project.Id}?handler={handler}");
    }

    private static string Day(int offset) => TimeProvider.System.GetUtcNow().AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_action_past_its_due_date_stands_out_until_it_is_done()
    {
        var (project, lead, browser) = await StartAsync();

        await PostAsync(browser, project, "Work/Actions?Add", new() { ["action.Description"] = "Bank X benaderen", ["action.OwnerId"] = lead.Id, ["action.DueOn"] = Day(-2), ["action.Goal"] = "Rekening openen" });
        var overdue = await browser.GetStringAsync($"/Projects/Details/{project.Id}");
        await using var scope = app.Services.CreateAsyncScope();
        var action = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ActionItem>().SingleAsync(a => a.SubProjectId == project.Id);
        await PostAsync(browser, project, "Work/Actions?Status", new() { ["actionId"] = action.Id.ToString(), ["status"] = "Done" });
        var done = await browser.GetStringAsync($"/Projects/Details/{project.Id}");

        Assert.Contains("Te laat", overdue, StringComparison.Ordinal);
        Assert.Contains("Bank X benaderen", done, StringComparison.Ordinal);
        Assert.DoesNotContain("Te laat", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_follows_the_reached_milestones()
    {
        var (project, _, browser) = await StartAsync();
        await PostAsync(browser, project, "Work/Milestones?Add", new() { ["milestone.Title"] = "Gesprek met banken", ["milestone.PlannedOn"] = Day(10) });
        await PostAsync(browser, project, "Work/Milestones?Add", new() { ["milestone.Title"] = "Handreiking klaar", ["milestone.PlannedOn"] = Day(60) });
        await using var scope = app.Services.CreateAsyncScope();
        var first = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Milestone>().SingleAsync(m => m.SubProjectId == project.Id && m.Title == "Gesprek met banken");

        await PostAsync(browser, project, "Work/Milestones?Reach", new() { ["milestoneId"] = first.Id.ToString() });

        Assert.Contains("data-testid=\"progress\">50%", await browser.GetStringAsync($"/Projects/Details/{project.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_milestones_the_lead_sets_progress_and_settings_are_validated()
    {
        var (project, _, browser) = await StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Input.Title"] = project.Title, ["Input.Question"] = project.Question, ["Input.Status"] = "Running", ["Input.Visibility"] = "Members",
            ["Input.StartsOn"] = "2026-03-01", ["Input.EndsOn"] = "2026-01-01", ["Input.ProgressPercent"] = "30",
        };

        var invalid = await browser.SubmitAsync($"/Projects/Edit/{project.Id}", settings);
        settings["Input.EndsOn"] = "2027-03-01";
        await browser.SubmitAsync($"/Projects/Edit/{project.Id}", settings);

        Assert.Contains("De einddatum ligt voor de begindatum.", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"progress\">30%", await browser.GetStringAsync($"/Projects/Details/{project.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Visibility_decides_who_reads_and_only_the_work_group_contributes()
    {
        var (project, _, lead) = await StartAsync(Visibility.WorkGroup);
        var outsider = await app.SignInAsync(await app.CreateAsync());

        var hidden = await outsider.GetAsync($"/Projects/Details/{project.Id}");
        await lead.SubmitAsync($"/Projects/Edit/{project.Id}", new Dictionary<string, string> { ["Input.Title"] = project.Title, ["Input.Question"] = project.Question, ["Input.Status"] = "Running", ["Input.Visibility"] = "Members" });
        var readable = await outsider.GetAsync($"/Projects/Details/{project.Id}");
        var token = Forms.Token(await readable.Content.ReadAsStringAsync()) ?? Forms.Token(await outsider.GetStringAsync("/Ideas/Submit"))!;
        var contribute = await outsider.PostAsync($"/Projects/Work/Actions/{project.Id}?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["action.Description"] = "Ongevraagd" }));
        var anonymous = await app.CreateBrowser().GetAsync($"/Projects/Details/{project.Id}");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readable.StatusCode);
        Assert.Contains("/Accounts/AccessDenied", contribute.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ActionItem>().AnyAsync(a => a.SubProjectId == project.Id));
    }

    [Fact]
    public async Task A_work_field_member_joins_the_work_group_and_can_then_add_actions()
    {
        var (project, _, lead) = await StartAsync();
        var member = await app.CreateAsync(email: Participants.UniqueEmail("werkveld"), emailConfirmed: true);
        var memberBrowser = await app.SignInAsync(member);
        var participant = await app.SignUpAsync(member.Email!, "work-field-group", memberBrowser, displayName: "Werkveld Lid");
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await coordinator.SubmitAsync($"/Participation/Admin/Details/{participant.Id}", new Dictionary<string, string> { ["Version"] = "0" }, $"/Participation/Admin/Details/{participant.Id}?handler=Activate");

        await PostAsync(lead, project, "AddMember", new() { ["userId"] = member.Id }, "Edit");
        await PostAsync(memberBrowser, project, "Work/Actions?Add", new() { ["action.Description"] = "Verslag schrijven" });

        Assert.Contains(member.DisplayName, await lead.GetStringAsync($"/Projects/Edit/{project.Id}"), StringComparison.Ordinal);
        Assert.Contains("Verslag schrijven", await memberBrowser.GetStringAsync($"/Projects/Details/{project.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_settings_form_changes_nothing_and_a_work_form_without_its_fields_adds_nothing()
    {
        var (project, _, lead) = await StartAsync();

        var settings = await lead.ForgeAsync($"/Projects/Edit/{project.Id}", new Dictionary<string, string>(), $"/Projects/Edit/{project.Id}");
        var evaluation = await lead.ForgeAsync($"/Projects/Details/{project.Id}", new Dictionary<string, string>(), $"/Projects/Work/Evaluations/{project.Id}?handler=Add");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (settings.StatusCode, evaluation.StatusCode));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var saved = await db.Set<SubProject>().AsNoTracking().SingleAsync(p => p.Id == project.Id);
        Assert.Equal((project.Title, Visibility.Members), (saved.Title, saved.Visibility));
        Assert.False(await db.Set<EvaluationPoint>().AnyAsync(e => e.SubProjectId == project.Id));
    }

    [Fact]
    public async Task A_lead_who_leaves_takes_their_work_groups_updates_and_actions_along_and_the_work_stays_without_their_name()
    {
        var (project, lead, browser) = await StartAsync();
        await PostAsync(browser, project, "Work/Updates?Add", new() { ["updateText"] = "Gesprek met de bank gevoerd." });
        await PostAsync(browser, project, "Work/Actions?Add", new() { ["action.Description"] = "Verslag schrijven", ["action.OwnerId"] = lead.Id });

        var export = await (await browser.SubmitAsync("/Accounts/MyData", new Dictionary<string, string>(), "/Accounts/MyData?handler=Export")).Content.ReadAsStringAsync();
        await browser.SubmitAsync("/Accounts/MyData", new Dictionary<string, string> { ["confirm"] = "true", ["password"] = People.Password }, "/Accounts/MyData?handler=Delete");

        using var json = System.Text.Json.JsonDocument.Parse(export);
        var part = json.RootElement.GetProperty("sub-projects");
        Assert.Equal(project.Title, Assert.Single(part.GetProperty("Memberships").EnumerateArray()).GetProperty("Project").GetString());
        Assert.Equal("Gesprek met de bank gevoerd.", Assert.Single(part.GetProperty("Updates").EnumerateArray()).GetProperty("Text").GetString());
        Assert.Equal("Verslag schrijven", Assert.Single(part.GetProperty("Actions").EnumerateArray()).GetProperty("Description").GetString());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Set<WorkGroupMember>().AnyAsync(m => m.UserId == lead.Id));
        Assert.Equal("", (await db.Set<ProgressUpdate>().SingleAsync(u => u.SubProjectId == project.Id)).AuthorId);
        Assert.Null((await db.Set<ActionItem>().SingleAsync(a => a.SubProjectId == project.Id)).OwnerId);
    }

    [Fact]
    public async Task Planning_a_meeting_invites_the_work_group_with_a_calendar_file_and_minutes_can_follow()
    {
        var (project, lead, browser) = await StartAsync();

        var past = await PostAsync(browser, project, "Work/Meetings?Plan", new() { ["meeting.Title"] = "Startbijeenkomst", ["meeting.Date"] = Day(-1), ["meeting.Time"] = "10:00", ["meeting.DurationMinutes"] = "90", ["meeting.Location"] = "Stadhuis" });
        await PostAsync(browser, project, "Work/Meetings?Plan", new() { ["meeting.Title"] = "Startbijeenkomst", ["meeting.Date"] = Day(14), ["meeting.Time"] = "10:00", ["meeting.DurationMinutes"] = "90", ["meeting.Location"] = "Stadhuis", ["meeting.Agenda"] = "1. Kennismaken", ["meeting.ChairName"] = "Neutrale voorzitter" });

        Assert.Contains("Kies een moment in de toekomst.", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var invitation = (await app.MailsToAsync(lead.Email!)).Single(m => m.Subject == "Uitnodiging: bijeenkomst van de werkgroep");
        Assert.Contains(invitation.Attachments, a => a.ContentDisposition?.FileName == "bijeenkomst.ics");
        var meetingUrl = invitation.LinkTo("/Projects/Meeting");
        await browser.SubmitAsync(meetingUrl, new Dictionary<string, string> { ["Minutes"] = "We hebben kennisgemaakt.", ["Decisions"] = "Volgende keer banken uitnodigen." });
        Assert.Contains("Volgende keer banken uitnodigen.", await browser.GetStringAsync(meetingUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_result_is_public_and_an_unpublished_one_is_not()
    {
        var (project, _, browser) = await StartAsync(Visibility.Public);
        var title = $"Handreiking {Guid.NewGuid():N}"[..22];
        await PostAsync(browser, project, "Work/Results?Add", new() { ["result.Title"] = title, ["result.Summary"] = "Een handreiking voor banken.", ["result.Evidence"] = "Drie banken gebruiken hem." });
        var before = await app.CreateBrowser().GetStringAsync("/Projects/Results");
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ProjectResult>().SingleAsync(r => r.Title == title);

        await PostAsync(browser, project, "Work/Results?Publish", new() { ["resultId"] = result.Id.ToString(), ["publish"] = "true" });

        Assert.DoesNotContain(title, before, StringComparison.Ordinal);
        var after = await app.CreateBrowser().GetStringAsync("/Projects/Results");
        Assert.Contains(title, after, StringComparison.Ordinal);
        Assert.Contains("Drie banken gebruiken hem.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_result_of_a_work_group_project_is_listed_only_for_those_who_may_see_the_project_and_never_offered_for_public_pages()
    {
        var (project, _, browser) = await StartAsync(Visibility.WorkGroup);
        var title = $"Werkgroep {Guid.NewGuid():N}"[..20];
        await PostAsync(browser, project, "Work/Results?Add", new() { ["result.Title"] = title, ["result.Summary"] = "Alleen voor de werkgroep." });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ProjectResult>().SingleAsync(r => r.Title == title);
            await PostAsync(browser, project, "Work/Results?Publish", new() { ["resultId"] = result.Id.ToString(), ["publish"] = "true" });
        }

        var anonymous = await app.CreateBrowser().GetStringAsync("/Projects/Results");
        var memberBrowser = await app.SignInAsync(await app.CreateAsync());
        var member = await memberBrowser.GetStringAsync("/Projects/Results");
        var knowledgeChoices = await memberBrowser.GetStringAsync("/Knowledge/Write");
        var workGroup = await browser.GetStringAsync("/Projects/Results");

        Assert.DoesNotContain(title, anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain(title, member, StringComparison.Ordinal);
        Assert.DoesNotContain(title, knowledgeChoices, StringComparison.Ordinal);
        Assert.Contains(title, workGroup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_evaluation_point_is_recorded_by_the_lead()
    {
        var (project, _, browser) = await StartAsync();

        await PostAsync(browser, project, "Work/Evaluations?Add", new() { ["evaluation.HeldOn"] = Day(0), ["evaluation.Findings"] = "Twee banken doen mee.", ["evaluation.Decision"] = "Adjust" });

        var page = await browser.GetStringAsync($"/Projects/Details/{project.Id}");
        Assert.Contains("Bijsturen", page, StringComparison.Ordinal);
        Assert.Contains("Twee banken doen mee.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_lead_cannot_be_removed()
    {
        var (project, lead, browser) = await StartAsync();

        await PostAsync(browser, project, "RemoveMember", new() { ["userId"] = lead.Id }, "Edit");

        await using var scope = app.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SubProject>().Include(p => p.Members).SingleAsync(p => p.Id == project.Id);
        Assert.True(saved.IsLead(lead.Id));
    }
}
