using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Features.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Inclusief.Tests.Support.FigureTables;

namespace Inclusief.Tests.Features.Students;

public sealed class AssignmentTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static readonly Dictionary<string, string> Offer = new()
    {
        ["Input.Kind"] = nameof(AssignmentKind.GraduationResearch), ["Input.Title"] = "Stigma en de ggz", ["Input.Description"] = "Onderzoek naar de toegang tot ggz-zorg.",
        ["Input.StudyProgramme"] = "Social Work", ["Input.Lecturer"] = "Docent Y", ["Input.Places"] = "1", ["Input.StartsOn"] = "2027-02-01", ["Input.EndsOn"] = "2027-06-30",
    };

    private async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A coordinator offers an assignment through the rendered form; its page's address.</summary>
    private static async Task<string> OfferAsync(HttpClient coordinator, Dictionary<string, string>? fields = null)
    {
        var admin = await coordinator.GetStringAsync("/Students/Admin");
        var offered = await coordinator.SubmitAsync(Links.Href(admin, "a[href='/Students/Admin/Edit']")!, fields ?? Offer);
        Assert.Equal(HttpStatusCode.Redirect, offered.StatusCode);
        var manage = offered.Headers.Location!.OriginalString;
        Assert.StartsWith("/Students/Admin/Assignment/", manage, StringComparison.Ordinal);
        return Links.Href(await coordinator.GetStringAsync(manage), "a[href^='/Students/Assignment/']")!;
    }

    private async Task<AppUser> StudentAsync(string name) => await _app.CreateAsync(email: Participants.UniqueEmail(name), emailConfirmed: true);

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient student, string page, string motivation) =>
        student.SubmitAsync(page, new Dictionary<string, string> { ["Motivation"] = motivation }, page + "?handler=Apply");

    [Fact]
    public async Task A_student_applies_a_coordinator_accepts_and_the_full_assignment_takes_no_one_else()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var page = await OfferAsync(coordinator);
        var jade = await StudentAsync("jade");
        var noor = await StudentAsync("noor");
        var jadeBrowser = await _app.SignInAsync(jade);

        var list = await _app.CreateBrowser().GetStringAsync("/Students");
        Assert.Equal(page, Links.Href(list, "main .card a"));
        var applied = await ApplyAsync(jadeBrowser, page, "Ik studeer Social Work, vierde jaar.");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var after = await jadeBrowser.FollowAsync(applied);
        Assert.Contains("Dank je. Je reactie is doorgegeven", after, StringComparison.Ordinal);
        Assert.Contains("Wacht op een besluit", after, StringComparison.Ordinal);

        // The motivation is encrypted: the database holds no word of it.
        Assert.Empty(await _app.TablesContainingAsync("vierde jaar"));

        var manage = "/Students/Admin/Assignment/" + page.Split('/')[^1];
        var reviewing = await coordinator.GetStringAsync(manage);
        Assert.Contains("Ik studeer Social Work, vierde jaar.", reviewing, StringComparison.Ordinal);
        var accepted = await coordinator.SubmitAsync(manage, new Dictionary<string, string>(), manage + "?handler=Accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("1 van 1 plaatsen bezet", await coordinator.GetStringAsync(manage), StringComparison.Ordinal);

        var mail = Assert.Single(await _app.MailsToAsync(jade.Email!));
        Assert.Equal("Een besluit over je reactie op een opdracht", mail.Subject);
        Assert.Contains("Je bent aangenomen voor de opdracht ‘Stigma en de ggz’", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(page, mail.LinkTo("/Students/Assignment/"));

        var noorBrowser = await _app.SignInAsync(noor);
        var full = await noorBrowser.GetStringAsync(page);
        Assert.Contains("Deze opdracht zoekt geen studenten meer.", full, StringComparison.Ordinal);
        Assert.Null(Parse(full).QuerySelector("textarea[name=Motivation]"));
        Assert.DoesNotContain(page, Links.Hrefs(await _app.CreateBrowser().GetStringAsync("/Students")));
        // The student who was taken withdraws: the place opens again for others.
        await jadeBrowser.SubmitAsync(page, new Dictionary<string, string>(), page + "?handler=Withdraw");
        Assert.NotNull(Parse(await noorBrowser.GetStringAsync(page)).QuerySelector("textarea[name=Motivation]"));
    }

    [Fact]
    public async Task An_empty_or_second_reaction_is_refused_with_a_reason_and_the_typed_text_kept()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var page = await OfferAsync(coordinator);
        var student = await _app.SignInAsync(await StudentAsync("sam"));

        var empty = Parse(await (await ApplyAsync(student, page, "")).Content.ReadAsStringAsync());
        Assert.Contains("Schrijf kort wie je bent, wat je studeert en waarom deze opdracht je past.", empty.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // A second tab with the form still open posts again.
        var secondTab = await student.OpenFormAsync(page, null, page + "?handler=Apply");
        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(student, page, "Eerste reactie.")).StatusCode);
        var second = await secondTab.SubmitAsync(new Dictionary<string, string> { ["Motivation"] = "Tweede reactie." });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var refused = Parse(await second.Content.ReadAsStringAsync());
        Assert.Contains("Je hebt al op deze opdracht gereageerd.", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await ReadAsync(db => db.Set<AssignmentApplication>().CountAsync()));
    }

    [Fact]
    public async Task A_sub_projects_lead_offers_and_decides_for_their_own_sub_project_and_a_member_or_stranger_cannot()
    {
        var lead = await StudentAsync("lead");
        var member = await StudentAsync("member");
        var stranger = await StudentAsync("stranger");
        Guid project;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sub = SubProject.FromIdea(Guid.NewGuid(), "Werkplekken", "Waar?", null, lead.Id, TimeProvider.System.GetUtcNow().UtcDateTime);
            sub.AddMember(member.Id, WorkGroupRole.Member, TimeProvider.System.GetUtcNow().UtcDateTime);
            db.Add(sub);
            await db.SaveChangesAsync();
            project = sub.Id;
        }
        var leadBrowser = await _app.SignInAsync(lead);
        var projectPage = await leadBrowser.GetStringAsync($"/Projects/Details/{project}");
        var offerForm = Links.Href(projectPage, "a[href^='/Students/Admin/Edit']")!;
        var offered = await leadBrowser.SubmitAsync(offerForm, new Dictionary<string, string>(Offer) { ["Input.Origin"] = $"project:{project}" });
        Assert.Equal(HttpStatusCode.Redirect, offered.StatusCode);
        var manage = offered.Headers.Location!.OriginalString;
        Assert.Equal(project, await ReadAsync(db => db.Set<Assignment>().Select(a => a.SubProjectId).SingleAsync()));

        // A lead offers only for their own sub-project, never for the programme or another origin.
        var elsewhere = await leadBrowser.SubmitAsync(offerForm, new Dictionary<string, string>(Offer) { ["Input.Origin"] = "" });
        Assert.Contains("Kies waar de opdracht vandaan komt uit de lijst.", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A student reacts: the lead hears of it (never what the student wrote) and decides on the page the mail links to.
        var page = Links.Href(await leadBrowser.GetStringAsync(manage), "a[href^='/Students/Assignment/']")!;
        var student = await StudentAsync("student");
        await ApplyAsync(await _app.SignInAsync(student), page, "Ik studeer Social Work en ken de wijk.");
        var told = Assert.Single(await _app.MailsToAsync(lead.Email!));
        Assert.Equal("Een student reageerde op een opdracht", told.Subject);
        Assert.DoesNotContain("ken de wijk", told.TextBody, StringComparison.Ordinal);
        Assert.Equal(manage, told.LinkTo("/Students/Admin/Assignment/"));
        var decided = await leadBrowser.SubmitAsync(manage, new Dictionary<string, string>(), manage + "?handler=Accept");
        Assert.Equal(manage, decided.Headers.Location!.OriginalString);
        Assert.Contains("1 van 1 plaatsen bezet", await leadBrowser.GetStringAsync(manage), StringComparison.Ordinal);
        Assert.Single(await _app.MailsToAsync(student.Email!));

        foreach (var other in new[] { member, stranger })
        {
            var browser = await _app.SignInAsync(other);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(manage)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync($"/Students/Admin/Edit?subProject={project}")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/Students/Admin")).StatusCode);
        }
    }

    [Fact]
    public async Task An_assignment_ends_with_a_published_product_that_the_public_list_shows()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var page = await OfferAsync(coordinator);
        var student = await _app.SignInAsync(await StudentAsync("lin"));
        await ApplyAsync(student, page, "Ik doe de minor Inclusiviteit in de Stad.");
        var manage = "/Students/Admin/Assignment/" + page.Split('/')[^1];

        var author = await StudentAsync("lin-author");
        int draft, item;
        const string title = "Rapport: werkplekken in kaart";
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            KnowledgeItem Report(string name) => KnowledgeItem.Start(new KnowledgeItem.Draft(KnowledgeKind.Report, name, "Wat de student vond.", "Bevindingen.", "nl", "Lin",
                KnowledgeVisibility.Public, null, null, [], [], [], [], [], []), author.Id, now);
            var unfinished = Report("Nog niet af");
            var report = Report(title);
            report.Publish(now);
            db.AddRange(unfinished, report);
            await db.SaveChangesAsync();
            (draft, item) = (unfinished.Id, report.Id);
        }
        var product = new Dictionary<string, string> { ["ProductItemId"] = item.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        // Nobody accepted yet: it cannot end.
        var early = await coordinator.SubmitAsync(manage, product, manage + "?handler=Complete");
        Assert.Contains("Alleen een opdracht met een aangenomen student kan worden afgerond.", await coordinator.FollowAsync(early), StringComparison.Ordinal);
        await coordinator.SubmitAsync(manage, new Dictionary<string, string>(), manage + "?handler=Accept");
        var unpublished = await coordinator.SubmitAsync(manage, new Dictionary<string, string> { ["ProductItemId"] = draft.ToString(System.Globalization.CultureInfo.InvariantCulture) }, manage + "?handler=Complete");
        Assert.Contains("Kies een gepubliceerd item uit de kennisbank", await unpublished.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var completed = await coordinator.SubmitAsync(manage, product, manage + "?handler=Complete");
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal(AssignmentStatus.Completed, await ReadAsync(db => db.Set<Assignment>().Select(a => a.Status).SingleAsync()));

        var visitor = _app.CreateBrowser();
        var list = await visitor.GetStringAsync("/Students");
        var finished = await visitor.GetStringAsync(Links.Href(list, "nav.filters a[href*='completed']")!);
        Assert.Equal($"/Knowledge/Item/{item}", Links.Href(finished, "main .card a[href^='/Knowledge/Item/']"));
        Assert.Contains(title, finished, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_decisions_on_the_last_place_from_pages_opened_together_take_one_student()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var page = await OfferAsync(coordinator);
        await ApplyAsync(await _app.SignInAsync(await StudentAsync("a")), page, "Eerste.");
        await ApplyAsync(await _app.SignInAsync(await StudentAsync("b")), page, "Tweede.");
        var manage = "/Students/Admin/Assignment/" + page.Split('/')[^1];
        var html = await coordinator.GetStringAsync(manage);
        var first = coordinator.FormIn(html, manage, null, manage + "?handler=Accept");
        var forms = Parse(html).QuerySelectorAll($"form[action='{manage}?handler=Accept']").ToList();
        Assert.Equal(2, forms.Count);
        var secondApplication = forms[1].QuerySelector("input[name=application]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync([])).StatusCode);
        var stale = await first.SubmitAsync([new("application", secondApplication)]);
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains("Deze opdracht is intussen gewijzigd.", await coordinator.FollowAsync(stale), StringComparison.Ordinal);
        Assert.Equal(1, await ReadAsync(db => db.Set<AssignmentApplication>().CountAsync(a => a.Status == ApplicationStatus.Accepted)));
    }

    [Fact]
    public async Task Taking_the_last_place_and_cancelling_tell_every_student_and_keep_no_motivation_nobody_needs()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var page = await OfferAsync(coordinator);
        var (first, second) = (await StudentAsync("first"), await StudentAsync("second"));
        await ApplyAsync(await _app.SignInAsync(first), page, "De eerste motivatie.");
        await ApplyAsync(await _app.SignInAsync(second), page, "De tweede motivatie.");
        var manage = "/Students/Admin/Assignment/" + page.Split('/')[^1];

        // Accepting the first takes the only place: the second is declined at once, hears so, and their motivation goes.
        await coordinator.SubmitAsync(manage, new Dictionary<string, string>(), manage + "?handler=Accept");
        Assert.Contains("De opdracht ‘Stigma en de ggz’ zoekt niemand meer", Assert.Single(await _app.MailsToAsync(second.Email!)).TextBody, StringComparison.Ordinal);
        var reviewing = await coordinator.GetStringAsync(manage);
        Assert.DoesNotContain("De tweede motivatie.", reviewing, StringComparison.Ordinal);
        Assert.Contains(first.Email!, reviewing, StringComparison.Ordinal);
        Assert.Equal(["", "x"], (await ReadAsync(db => db.Set<AssignmentApplication>().Select(a => a.EncryptedMotivation).ToListAsync())).Select(m => m.Length == 0 ? "" : "x").Order());

        var cancelled = await coordinator.SubmitAsync(manage, new Dictionary<string, string>(), manage + "?handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var mails = await _app.MailsToAsync(first.Email!);
        Assert.Equal(2, mails.Count);
        Assert.Contains("De opdracht ‘Stigma en de ggz’ gaat niet door.", mails[^1].TextBody, StringComparison.Ordinal);
        Assert.All(await ReadAsync(db => db.Set<AssignmentApplication>().Select(a => a.EncryptedMotivation).ToListAsync()), Assert.Empty);
        // The mail's link still opens the assignment, which says it lapsed; the lists no longer show it.
        var visitor = _app.CreateBrowser();
        Assert.Contains("Vervallen", await visitor.GetStringAsync(mails[^1].LinkTo("/Students/Assignment/")), StringComparison.Ordinal);
        Assert.DoesNotContain(page, Links.Hrefs(await visitor.GetStringAsync("/Students")));
        Assert.Empty(Parse(await coordinator.GetStringAsync(manage)).QuerySelectorAll($"form[action='{manage}?handler=Cancel'], form[action='{manage}?handler=Accept']"));
    }

    [Fact]
    public async Task A_students_reactions_are_exported_and_erasing_the_account_frees_the_place()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var page = await OfferAsync(coordinator);
        var student = await StudentAsync("kim");
        var browser = await _app.SignInAsync(student);
        await ApplyAsync(browser, page, "Mijn motivatie.");
        var manage = "/Students/Admin/Assignment/" + page.Split('/')[^1];
        await coordinator.SubmitAsync(manage, new Dictionary<string, string>(), manage + "?handler=Accept");

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var data = scope.ServiceProvider.GetServices<Inclusief.Web.Infrastructure.Privacy.IPersonalData>().Single(d => d.Section == "assignments");
            var exported = System.Text.Json.JsonSerializer.Serialize(await data.ExportAsync(student));
            Assert.Contains("Mijn motivatie.", exported, StringComparison.Ordinal);
            Assert.Contains("Accepted", exported, StringComparison.Ordinal);
            await data.EraseAsync(student);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }
        Assert.Equal(0, await ReadAsync(db => db.Set<AssignmentApplication>().CountAsync()));
        Assert.Equal(AssignmentStatus.Open, await ReadAsync(db => db.Set<Assignment>().Select(a => a.Status).SingleAsync()));
    }
}
