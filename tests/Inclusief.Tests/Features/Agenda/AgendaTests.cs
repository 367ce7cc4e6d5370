using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Agenda;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Features.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Inclusief.Tests.Support.FigureTables;

namespace Inclusief.Tests.Features.Agenda;

public sealed class AgendaTests : IDisposable
{
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private const string Admin = "/Agenda/Admin";

    private async Task<(Guid Public, Guid MembersOnly, Organisation Partner)> SeedAsync()
    {
        var lead = await _app.CreateAsync(email: Participants.UniqueEmail("lead"), emailConfirmed: true);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var open = SubProject.FromIdea(Guid.NewGuid(), "Bankrekeningen in Den Haag", "Hoe krijgen sekswerkers een rekening?", null, lead.Id, now);
        open.Change(new SubProject.Settings(open.Title, open.Question, null, null, SubProjectStatus.Running, Visibility.Public, null, null, null));
        var closed = SubProject.FromIdea(Guid.NewGuid(), "Besloten werkgroep", "Wat zeggen banken?", null, lead.Id, now);
        var bank = Organisation.Register("Stadsbank (demo)", OrganisationType.Other, null, null, now.AddYears(-1));
        bank.MakePartner(new DateOnly(2025, 1, 1)).Commitment = "Twee uur per week van een accountmanager.";
        db.AddRange(open, closed, bank);
        await db.SaveChangesAsync();
        return (open.Id, closed.Id, bank);
    }

    /// <summary>Adds a line through the form as rendered; the address of the line's page.</summary>
    private static async Task<string> AddLineAsync(HttpClient coordinator, string title, string questions)
    {
        var added = await coordinator.SubmitAsync(Admin, new Dictionary<string, string>
            { ["Input.Title"] = title, ["Input.Description"] = "Waar sekswerkers worden buitengesloten.", ["Input.Questions"] = questions, ["Input.ResultsWanted"] = "Een convenant met twee banken" },
            action: $"{Admin}?handler=Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return added.Headers.Location!.OriginalString;
    }

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient coordinator, string note = "") =>
        await coordinator.SubmitAsync(Admin, new Dictionary<string, string> { ["ChangeNote"] = note }, action: $"{Admin}?handler=Publish");

    [Fact]
    public async Task Coordinators_write_lines_and_publish_versions_that_each_stay_readable_with_what_changed()
    {
        var (project, membersOnly, bank) = await SeedAsync();
        var visitor = _app.CreateClient();
        Assert.Contains("De kennisagenda is nog niet gepubliceerd.", await visitor.GetStringAsync("/Agenda"), StringComparison.Ordinal);
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var line = await AddLineAsync(coordinator, "Financiële inclusie", "Waarom weigeren banken sekswerkers?\n- Wat helpt?");
        var linePage = Parse(await coordinator.GetStringAsync(line));
        var offered = linePage.QuerySelectorAll("select[name=Work] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains($"SubProject:{project}", offered);
        Assert.DoesNotContain($"SubProject:{membersOnly}", offered);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(line, new Dictionary<string, string> { ["Organisation"] = bank.Id.ToString() }, action: $"{line}?handler=Commit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(line, new Dictionary<string, string> { ["Work"] = $"SubProject:{project}", ["O"] = "Research" }, action: $"{line}?handler=Link")).StatusCode);
        var twice = await coordinator.SubmitAsync(line, new Dictionary<string, string> { ["Work"] = $"SubProject:{project}", ["O"] = "Support" }, action: $"{line}?handler=Link");
        Assert.Contains("Dit werk hoort al bij de programmalijn.", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var first = await PublishAsync(coordinator);
        Assert.Contains("Versie 1 van de kennisagenda staat openbaar.", await coordinator.FollowAsync(first), StringComparison.Ordinal);
        var impact = await visitor.GetStringAsync("/Impact");
        var agenda = Parse(await visitor.GetStringAsync(Links.Href(impact, "a[data-testid=agenda-link]")!));
        var section = agenda.QuerySelector("[data-testid=agenda-line]")!;
        Assert.Equal("Financiële inclusie", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Waarom weigeren banken sekswerkers?", "Wat helpt?"], section.QuerySelectorAll("h3 + ul")[0].QuerySelectorAll("li").Select(li => li.TextContent).ToList());
        // The partner's contribution comes from its declaration of intent when none is written.
        Assert.Equal("Twee uur per week van een accountmanager.", section.QuerySelector("dd")!.TextContent);
        Assert.Equal("Onderzoek", section.QuerySelector("h4")!.TextContent);
        var work = section.QuerySelector("h4 + ul a")!;
        Assert.Equal("Bankrekeningen in Den Haag", work.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(work.GetAttribute("href"))).StatusCode);

        var rewritten = await coordinator.SubmitAsync(line, new Dictionary<string, string> { ["Input.Questions"] = "Waarom weigeren banken sekswerkers?\nWat helpt?\nWat doen verzekeraars?" },
            action: $"{line}?handler=Rewrite");
        Assert.Equal(HttpStatusCode.Redirect, rewritten.StatusCode);
        var noNote = await PublishAsync(coordinator);
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.Contains("Schrijf wat er veranderde sinds de vorige versie, en waarom.", await noNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await PublishAsync(coordinator, "Verzekeraars sluiten ook uit.");
        var unchanged = await PublishAsync(coordinator, "Nog een keer.");
        Assert.Contains("Er is niets veranderd sinds versie 2: er is geen nieuwe versie nodig.", await unchanged.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var latest = Parse(await visitor.GetStringAsync("/Agenda"));
        Assert.StartsWith("Versie 2, gepubliceerd op", latest.QuerySelector("[data-testid=version-line]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["Nieuwe vraag: Wat doen verzekeraars? (Financiële inclusie)"], latest.QuerySelectorAll("[data-testid=changes] li").Select(li => li.TextContent).ToList());
        var earlier = Parse(await visitor.GetStringAsync(latest.QuerySelectorAll("#versions ~ ul a, section[aria-labelledby=versions] a").Single(a => a.TextContent == "Versie 1").GetAttribute("href")!));
        Assert.Contains("Dit is een eerdere versie.", earlier.QuerySelector("[data-testid=version-line]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, earlier.QuerySelector("[data-testid=agenda-line] h3 + ul")!.QuerySelectorAll("li").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/Agenda/3")).StatusCode);
    }

    [Fact]
    public async Task A_line_is_added_once_however_often_its_form_is_sent_and_keeps_a_title_of_its_own()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var first = await AddLineAsync(coordinator, "Veilig werken", "Waar kunnen sekswerkers veilig werken?");
        var again = await AddLineAsync(coordinator, "Veilig werken", "Waar kunnen sekswerkers veilig werken?");
        Assert.Equal(first, again);
        var other = await AddLineAsync(coordinator, "Beleid en handhaving", "Welk beleid sluit uit?");

        var renamed = await coordinator.SubmitAsync(other, new Dictionary<string, string> { ["Input.Title"] = "Veilig werken" }, action: $"{other}?handler=Rewrite");

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Contains("Er is al een programmalijn met deze titel.", await renamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(["Beleid en handhaving", "Veilig werken"], await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AgendaLine>().Select(l => l.Title).OrderBy(t => t).ToListAsync());
    }

    [Fact]
    public async Task Work_that_stopped_being_public_is_left_out_of_the_next_version()
    {
        var (project, _, _) = await SeedAsync();
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var line = await AddLineAsync(coordinator, "Veilig werken", "Waar kunnen sekswerkers veilig werken?");
        await coordinator.SubmitAsync(line, new Dictionary<string, string> { ["Work"] = $"SubProject:{project}", ["O"] = "Development" }, action: $"{line}?handler=Link");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sub = await db.Set<SubProject>().SingleAsync(p => p.Id == project);
            sub.Change(new SubProject.Settings(sub.Title, sub.Question, null, null, sub.Status, Visibility.Members, null, null, null));
            await db.SaveChangesAsync();
        }
        Assert.Contains("(niet meer openbaar: valt weg bij publiceren)", await coordinator.GetStringAsync(line), StringComparison.Ordinal);

        await PublishAsync(coordinator);

        var agenda = await _app.CreateClient().GetStringAsync("/Agenda");
        Assert.DoesNotContain("Bankrekeningen in Den Haag", agenda, StringComparison.Ordinal);
        Assert.Contains("Nog geen werk aan deze lijn gekoppeld.", agenda, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agenda_shows_what_flowed_into_education_down_to_a_students_finished_assignment()
    {
        var (project, _, _) = await SeedAsync();
        var module = await _app.PublishAsync("Lesmodule sekswerk en stigma", kind: KnowledgeKind.TeachingModule);
        var thesis = await _app.PublishAsync("Scriptie: stigma en de bank", kind: KnowledgeKind.Report);
        var student = await _app.CreateAsync(email: Participants.UniqueEmail("student"), emailConfirmed: true);
        Guid assignmentId;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var assignment = Assignment.Offer(new Assignment.Details(AssignmentKind.GraduationResearch, "Afstuderen op bankzaken", "Onderzoek.", null, null, "Docent", "Social Work", 1),
                new Assignment.Origin(project, null, null), "coordinator", now);
            var application = assignment.Apply(student.Id, "", now);
            assignment.Accept(application.Id, now);
            assignment.Complete(thesis, now);
            db.Add(assignment);
            await db.SaveChangesAsync();
            assignmentId = assignment.Id;
        }
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var line = await AddLineAsync(coordinator, "Financiële inclusie", "Waarom weigeren banken sekswerkers?");
        await coordinator.SubmitAsync(line, new Dictionary<string, string> { ["Work"] = $"SubProject:{project}", ["O"] = "Education" }, action: $"{line}?handler=Link");
        await coordinator.SubmitAsync(line, new Dictionary<string, string> { ["Work"] = $"KnowledgeItem:{module}", ["O"] = "Education" }, action: $"{line}?handler=Link");
        await PublishAsync(coordinator);

        var visitor = _app.CreateClient();
        var agenda = Parse(await visitor.GetStringAsync("/Agenda"));
        Assert.Equal(["Lesmodules in de kennisbank: 1", "Studenten die aan een opdracht werkten: < 5", "Afgeronde afstudeeronderzoeken: < 5"],
            agenda.QuerySelectorAll("[data-testid=education] li").Select(li => li.TextContent).ToList());
        var finished = agenda.QuerySelector("[data-testid=finished-assignments] li")!;
        Assert.Equal("Scriptie: stigma en de bank", finished.QuerySelectorAll("a")[1].TextContent);
        var page = await visitor.GetAsync(finished.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal($"/Students/Assignment/{assignmentId}", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Afstuderen op bankzaken", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
