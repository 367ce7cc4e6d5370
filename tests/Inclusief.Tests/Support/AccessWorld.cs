using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Complaints;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Features.Agenda;
using Inclusief.Web.Features.Evaluations;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Feedback;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.ImageBank;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Newsletter;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Features.Research;
using Inclusief.Web.Features.Safety;
using Inclusief.Web.Features.Students;
using Inclusief.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Support;

/// <summary>An app with a folder of its own for uploaded files, for tests that build an <see cref="AccessWorld"/>.</summary>
public class WorldApp : AppFactory
{
    private readonly string _uploads = Directory.CreateTempSubdirectory("inclusief-world-").FullName;

    protected override Dictionary<string, string?> ExtraSettings => new() { ["Uploads:Folder"] = _uploads };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_uploads))
        {
            Directory.Delete(_uploads, recursive: true);
        }
    }
}

/// <summary>
/// Everyone the authorization matrix asks, signed in as they would be, and one of every thing they might ask for:
/// the demo data, and on top of it what "the participant" owns (an idea with an attachment, a members-only
/// sub-project they lead, a knowledge item they write, a registration, a complaint, a safety report) and what
/// "the other participant" owns of the same kinds. Names in the matrix's addresses (<c>{idea}</c>) are its values.
/// </summary>
public sealed partial class AccessWorld
{
    public static readonly string[] Visitors = ["anonymous", "participant", "other", StaffRoles.Coordinator, StaffRoles.Caseworker, StaffRoles.SafetyModerator, StaffRoles.Admin, "no2fa"];

    private readonly AppFactory _app;
    private readonly Dictionary<string, HttpClient> _browsers = [];

    private AccessWorld(AppFactory app) => _app = app;

    public Dictionary<string, string> Values { get; } = [];

    /// <summary>The accounts, by the visitor names of <see cref="Visitors"/>.</summary>
    public IReadOnlyDictionary<string, AppUser> Users => _users;

    public static async Task<AccessWorld> BuildAsync(AppFactory app)
    {
        await app.Services.LoadDemoDataAsync();
        var world = new AccessWorld(app);
        await world.BuildAsync();
        return world;
    }

    /// <summary>The visitor's browser, signed in again when a cell signed it out.</summary>
    public async Task<HttpClient> BrowserAsync(string visitor)
    {
        if (!_browsers.TryGetValue(visitor, out var browser))
        {
            browser = _browsers[visitor] = await SignInAsync(visitor);
        }
        return browser;
    }

    public void Forget(string visitor) => _browsers.Remove(visitor);

    public string Address(string template) =>
        Placeholder().Replace(template, m => Values.TryGetValue(m.Groups[1].Value, out var value) ? value : throw new InvalidOperationException($"The world has no {m.Value}."));

    private readonly Dictionary<string, AppUser> _users = [];

    private async Task<HttpClient> SignInAsync(string visitor) => visitor switch
    {
        "anonymous" => _app.CreateBrowser(),
        _ => await _app.SignInAsync(_users[visitor]),
    };

    private async Task BuildAsync()
    {
        _users["participant"] = await _app.CreateAsync(email: "deelnemer@example.org", emailConfirmed: true);
        _users["other"] = await _app.CreateAsync(email: "ander@example.org", emailConfirmed: true);
        foreach (var role in new[] { StaffRoles.Coordinator, StaffRoles.Caseworker, StaffRoles.SafetyModerator, StaffRoles.Admin })
        {
            _users[role] = await _app.CreateAsync(role, withTwoFactor: true);
        }
        _users["no2fa"] = await _app.CreateAsync(StaffRoles.Coordinator);
        Values["user"] = _users["other"].Id;
        Values["form"] = "expert-group";
        Values["municipality"] = "GM0518";

        var participant = await BrowserAsync("participant");
        var other = await BrowserAsync("other");
        var coordinator = await BrowserAsync(StaffRoles.Coordinator);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;

        Values["idea"] = (await SubmitIdeaAsync(participant, "Idee van de deelnemer")).ToString();
        await SubmitIdeaAsync(other, "Idee van een ander");
        var idea = Guid.Parse(Values["idea"]);
        Values["ideaAttachment"] = await ReadAsync(db => db.Set<IdeaAttachment>().Where(a => a.IdeaId == idea).Select(a => a.Id.ToString()).SingleAsync());

        Values["project"] = (await LeadProjectAsync(_users["participant"].Id, "Deelproject van de deelnemer", now)).ToString();
        var project = Guid.Parse(Values["project"]);
        Values["meeting"] = await ReadAsync(db => db.Set<Meeting>().Where(m => m.SubProjectId == project).Select(m => m.Id.ToString()).SingleAsync());
        Values["action"] = await ReadAsync(db => db.Set<ActionItem>().Where(a => a.SubProjectId == project).Select(a => a.Id.ToString()).SingleAsync());
        Values["milestone"] = await ReadAsync(db => db.Set<Milestone>().Where(m => m.SubProjectId == project).Select(m => m.Id.ToString()).SingleAsync());
        Values["result"] = await ReadAsync(db => db.Set<ProjectResult>().Where(r => r.SubProjectId == project).Select(r => r.Id.ToString()).SingleAsync());
        await LeadProjectAsync(_users["other"].Id, "Deelproject van een ander", now);
        var comment = await ReadAsync(db => db.Set<SubProject>().SingleAsync(p => p.Id == project))
            is var led ? Comment.Write(CommentSubjects.Of(led), null, _users["participant"].Id, "Een reactie van de deelnemer", now) : null!;
        await WriteAsync(db =>
        {
            db.Add(comment);
            return Task.CompletedTask;
        });
        Values["comment"] = comment.Id.ToString();
        await WriteAsync(db =>
        {
            db.Add(Assignment.Offer(new Assignment.Details(AssignmentKind.Internship, "Stage in het deelproject van de deelnemer", "Meewerken aan het deelproject.", null, null,
                "Docent X", "Social Work", 1), new Assignment.Origin(project, null, null), _users[StaffRoles.Coordinator].Id, now));
            return Task.CompletedTask;
        });
        Values["assignment"] = await ReadAsync(db => db.Set<Assignment>().Where(a => a.SubProjectId == project).Select(a => a.Id.ToString()).SingleAsync());
        // An evaluation point still being written: partners are not invited yet and it is not published.
        var evaluation = ProgrammeEvaluationPoint.Open("Weegmoment", new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), DateOnly.FromDateTime(now),
            new ProgrammeEvaluationPoint.Frozen("[]", []), _users[StaffRoles.Coordinator].Id, now);
        await WriteAsync(db =>
        {
            db.Add(evaluation);
            return Task.CompletedTask;
        });
        Values["evaluation"] = evaluation.Id.ToString();
        var agendaLine = AgendaLine.Add("Financiële inclusie", "", "Waarom weigeren banken sekswerkers?", "", 1);
        await WriteAsync(db =>
        {
            db.Add(agendaLine);
            return Task.CompletedTask;
        });
        Values["agendaLine"] = agendaLine.Id.ToString();

        var ev = await _app.PlanEventAsync(40, now);
        Values["event"] = ev.Id.ToString();
        await participant.RegisterForEventAsync(ev.Id, "deelnemer@example.org");
        Values["registration"] = await ReadAsync(db => db.Set<EventRegistration>().Where(r => r.EventId == ev.Id).Select(r => r.Id.ToString()).SingleAsync());
        Values["signUp"] = (await _app.SignUpAsync("deelnemer@example.org", browser: participant)).Id.ToString();

        var knowledge = await participant.SubmitAsync("/Knowledge/Write", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Article", ["Input.Title"] = "Stuk van de deelnemer", ["Input.Summary"] = "Een samenvatting.", ["Input.Body"] = "Tekst.",
            ["Input.Language"] = "nl", ["Input.AuthorName"] = "Jasmijn",
        }, "/Knowledge/Write?handler=Save");
        Values["item"] = Invariant(await ReadAsync(db => db.Set<KnowledgeItem>().Where(i => i.Title == "Stuk van de deelnemer").Select(i => i.Id).SingleAsync()));
        Values["publishedItem"] = Invariant(await ReadAsync(db => db.Set<KnowledgeItem>().Where(i => i.Status == KnowledgeStatus.Published).Select(i => i.Id).FirstAsync()));
        await UploadAsync(participant, $"/Knowledge/Write/{Values["item"]}", $"/Knowledge/Attachments/{Values["item"]}?handler=Add", "bijlage.pdf", "application/pdf", Pdf);
        Values["attachment"] = await ReadAsync(db => db.Set<KnowledgeAttachment>().Select(a => a.Id.ToString()).SingleAsync());
        Values["module"] = Invariant(await ReadAsync(db => db.Set<KnowledgeItem>().Where(i => i.Kind == KnowledgeKind.TeachingModule && i.Status == KnowledgeStatus.Published).Select(i => i.Id).FirstAsync()));
        var module = int.Parse(Values["module"], System.Globalization.CultureInfo.InvariantCulture);
        Values["lesson"] = await ReadAsync(db => db.Set<KnowledgeLesson>().Where(l => l.ItemId == module).Select(l => l.Id.ToString()).FirstAsync());

        Values["round"] = (await OpenRoundAsync(now)).ToString();
        Values["case"] = (await ComplainAsync(participant)).ToString();
        Values["report"] = (await ReportAsync(participant)).ToString();
        await JoinSafetyNetworkAsync(participant);
        Values["member"] = await ReadAsync(db => db.Set<SafetyMember>().Select(m => m.Id.ToString()).SingleAsync());
        Values["warning"] = await WarnAsync(await BrowserAsync(StaffRoles.SafetyModerator));

        Values["trajectory"] = await ReadAsync(db => db.Set<Trajectory>().Select(t => t.Id.ToString()).FirstAsync());
        Values["inventory"] = await ReadAsync(db => db.Set<Trajectory>().Select(t => t.InventoryCode).FirstAsync());
        Values["participantRecord"] = await ReadAsync(db => db.Set<Participant>().Select(p => p.Id.ToString()).FirstAsync());
        Values["organisation"] = await ReadAsync(db => db.Set<Organisation>().Select(o => o.Id.ToString()).FirstAsync());

        await ExpectAsync(await coordinator.SubmitAsync("/Newsletter/Admin/Edition", new Dictionary<string, string> { ["title"] = "Nieuwsbrief", ["intro"] = "Welkom." }, "/Newsletter/Admin/Edition?handler=Save"), "edition");
        Values["edition"] = await ReadAsync(db => db.Set<NewsletterEdition>().Select(e => e.Id.ToString()).FirstAsync());

        await UploadAsync(coordinator, "/ImageBank/Admin/Upload", "/ImageBank/Admin/Upload", "foto.jpg", "image/jpeg", Photos.JpegWithGpsMetadata(), new Dictionary<string, string>
        {
            ["Input.Title"] = "Op de werkplek", ["Input.AltText"] = "Een werkplek met een bureau en een lamp.", ["Input.Credit"] = "Fotograaf X", ["Input.Licence"] = "CcByNc",
            ["Input.UsageTerms"] = "Altijd met naamsvermelding.", ["Input.NoRecognisablePeople"] = "true",
        });
        Values["photo"] = await ReadAsync(db => db.Set<Photo>().Select(p => p.Id.ToString()).SingleAsync());
        await ExpectAsync(await participant.SubmitAsync("/ImageBank/MediaAccount", new Dictionary<string, string> { ["Input.Outlet"] = "Stadskrant", ["Input.Purpose"] = "Een artikel over werkplekken." }), "media account");
        await WriteAsync(async db => (await db.Set<MediaAccount>().SingleAsync()).Decide(true, now));
        Values["mediaAccount"] = await ReadAsync(db => db.Set<MediaAccount>().Select(a => a.Id.ToString()).SingleAsync());
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task WriteAsync(Func<AppDbContext, Task> write)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await write(db);
        await db.SaveChangesAsync();
    }

    private async Task<Guid> SubmitIdeaAsync(HttpClient browser, string title)
    {
        var page = await browser.GetStringAsync("/Ideas/Submit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Forms.Token(page)!), "__RequestVerificationToken" },
            { new StringContent(SubmissionKey().Match(page).Groups[1].Value), "Input.SubmissionKey" },
            { new StringContent("Bottleneck"), "Input.Kind" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("Banken zeggen rekeningen van sekswerkers op, zonder uitleg."), "Input.Description" },
            { new StringContent("GM0518"), "Input.MunicipalityCode" },
        };
        var part = new ByteArrayContent(Pdf);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        form.Add(part, "Files", "bewijs.pdf");
        await ExpectAsync(await browser.PostAsync("/Ideas/Submit", form), title);
        return await ReadAsync(db => db.Set<Idea>().Where(i => i.Title == title).Select(i => i.Id).SingleAsync());
    }

    private async Task<Guid> LeadProjectAsync(string leadId, string title, DateTime now)
    {
        var project = SubProject.FromIdea(Guid.NewGuid(), title, "Hoe krijgen sekswerkers een zakelijke rekening?", "GM0518", leadId, now);
        project.Change(new SubProject.Settings(project.Title, project.Question, null, "GM0518", SubProjectStatus.Running, Visibility.WorkGroup, null, null, null));
        await WriteAsync(db =>
        {
            db.Add(project);
            db.Add(ProgressUpdate.Create(project.Id, leadId, "Eerste gesprek gevoerd.", now));
            db.Add(Meeting.Plan(project.Id, "Werkgroep", now.AddDays(3), 60, "Buurthuis", null, null, null));
            db.Add(ActionItem.Create(project.Id, "Bank benaderen", leadId, null, null, now));
            db.Add(Milestone.Create(project.Id, "Gesprek met banken", null));
            db.Add(ProjectResult.Create(project.Id, "Wat banken nodig hebben", "Drie zorgen.", null));
            return Task.CompletedTask;
        });
        return project.Id;
    }

    private async Task<Guid> OpenRoundAsync(DateTime now)
    {
        var round = FeedbackRound.Open(new FeedbackRound.Draft("Ronde over de handreiking", "Wat vind je ervan?", FeedbackAudience.Everyone, null, null, now.AddDays(7)),
            _users[StaffRoles.Coordinator].Id, [("Wat mist er?", QuestionKind.OpenText, [])], now);
        await WriteAsync(db =>
        {
            db.Add(round);
            return Task.CompletedTask;
        });
        return round.Id;
    }

    private async Task<Guid> ComplainAsync(HttpClient browser)
    {
        // The receipt is shown at once, on the answer to the post.
        await browser.SubmitComplaintAsync("Mijn rekening is opgezegd.");
        return await ReadAsync(db => db.Set<Complaint>().Select(c => c.Id).SingleAsync());
    }

    private async Task<Guid> ReportAsync(HttpClient browser)
    {
        await browser.SubmitAsync("/Safety/Report", new Dictionary<string, string>
        {
            ["Input.Type"] = "PhysicalViolence", ["Input.Region"] = "Zuid-Holland", ["Input.Narrative"] = "Klant werd agressief.", ["Input.Phone"] = "06-12345678",
            ["Input.PersonDescription"] = "Lange man, rode jas", ["Input.Contact"] = "bel-mij-via-shop", ["Input.WarnOthers"] = "true",
        });
        return await ReadAsync(db => db.Set<SafetyReport>().Select(r => r.Id).SingleAsync());
    }

    private async Task JoinSafetyNetworkAsync(HttpClient browser)
    {
        var html = await browser.GetStringAsync("/Safety/Join");
        var fields = new Dictionary<string, string> { ["WorkingName"] = "Roos", ["Email"] = "deelnemer@example.org", ["Regions"] = "Zuid-Holland" };
        await ExpectAsync(await browser.FormIn(html, "/Safety/Join", fields).SubmitAsync(fields), "safety membership");
        await WriteAsync(async db =>
        {
            var member = await db.Set<SafetyMember>().SingleAsync();
            member.Approve(_users[StaffRoles.SafetyModerator].Id, TimeProvider.System.GetUtcNow().UtcDateTime);
        });
    }

    private async Task<string> WarnAsync(HttpClient moderator)
    {
        var url = $"/Safety/Admin/Report/{Values["report"]}";
        var html = await moderator.GetStringAsync(url);
        var fields = new Dictionary<string, string> { ["text"] = "Agressieve klant in Den Haag.", ["severity"] = "Danger", ["regions"] = "Zuid-Holland" };
        await ExpectAsync(await moderator.FormIn(html, url, fields, $"{url}?handler=Warn").SubmitAsync(fields), "warning");
        return await ReadAsync(db => db.Set<SafetyWarning>().Select(w => w.Id.ToString()).SingleAsync());
    }

    private static async Task UploadAsync(HttpClient browser, string pageUrl, string target, string fileName, string contentType, byte[] content, Dictionary<string, string>? fields = null)
    {
        var page = await browser.GetStringAsync(pageUrl);
        using var form = new MultipartFormDataContent { { new StringContent(Forms.Token(page)!), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields ?? [])
        {
            form.Add(new StringContent(value), name);
        }
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(part, "file", fileName);
        await ExpectAsync(await browser.PostAsync(target, form), fileName);
    }

    private static string Invariant(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task ExpectAsync(HttpResponseMessage response, string what)
    {
        if ((int)response.StatusCode != 302)
        {
            var errors = Regex.Matches(await response.Content.ReadAsStringAsync(), "class=\"[^\"]*(?:validation|error)[^\"]*\"[^>]*>([^<]+)<").Select(m => m.Groups[1].Value);
            throw new InvalidOperationException($"Building the world: {what} answered {(int)response.StatusCode}: {string.Join(" | ", errors)}");
        }
    }

    [GeneratedRegex("name=\"Input.SubmissionKey\" value=\"([^\"]+)\"")]
    private static partial Regex SubmissionKey();

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();
}
