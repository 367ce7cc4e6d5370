using System.Net;
using System.Net.Http.Headers;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Inclusief.Tests.Features.Ideas;

[Collection(SharedApp.Name)]
public sealed class IdeaTests(AppFactory app)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string title, params (string Name, string FileName, byte[] Content)[] files)
    {
        var page = await (await browser.GetAsync("/Ideas/Submit")).Content.ReadAsStringAsync();
        var key = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.SubmissionKey\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Forms.Token(page)!), "__RequestVerificationToken" },
            { new StringContent(key), "Input.SubmissionKey" },
            { new StringContent("Bottleneck"), "Input.Kind" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("Banken zeggen rekeningen van sekswerkers op, zonder uitleg."), "Input.Description" },
            { new StringContent("GM0518"), "Input.MunicipalityCode" },
        };
        foreach (var (name, fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
            form.Add(part, name, fileName);
        }
        return await browser.PostAsync("/Ideas/Submit", form);
    }

    private async Task<Idea> IdeaAsync(string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Idea>().AsNoTracking()
            .Include(i => i.Attachments).Include(i => i.Messages).SingleAsync(i => i.Title == title);
    }

    // Only what the step's form holds: starting a review or reopening sends no text at all.
    private static Task<HttpResponseMessage> TriageAsync(HttpClient coordinator, Idea idea, string handler, string text = "")
    {
        var fields = new Dictionary<string, string> { ["Version"] = idea.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (text.Length > 0)
        {
            fields["Text"] = text;
        }
        return coordinator.SubmitAsync($"/Ideas/Details/{idea.Id}", fields, $"/Ideas/Details/{idea.Id}?handler={handler}");
    }

    private static string Title() => $"Idee {Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task Submitting_needs_an_account_but_a_pseudonymous_one_is_enough()
    {
        var anonymous = await app.CreateBrowser().GetAsync("/Ideas/Submit");
        var browser = await app.SignInAsync(await app.CreateAsync());
        var title = Title();

        var response = await SubmitAsync(browser, title, ("Files", "notulen.pdf", Pdf));

        Assert.Contains("/Accounts/SignIn", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        var idea = await IdeaAsync(title);
        Assert.Equal($"/Ideas/Details/{idea.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((IdeaStatus.New, IdeaKind.Bottleneck, "GM0518"), (idea.Status, idea.Kind, idea.MunicipalityCode));
        var attachment = Assert.Single(idea.Attachments);
        Assert.Equal(("notulen.pdf", "application/pdf"), (attachment.FileName, attachment.ContentType));
        var download = await browser.GetAsync($"/Ideas/Attachment/{attachment.Id}");
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task A_file_is_judged_by_its_content_not_its_name_and_a_refused_file_saves_nothing()
    {
        var browser = await app.SignInAsync(await app.CreateAsync());
        var title = Title();

        var response = await SubmitAsync(browser, title, ("Files", "factuur.pdf", "MZ\u0090\u0000 this is a program"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dit soort bestand kunnen we niet aannemen.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Idea>().AnyAsync(i => i.Title == title));
    }

    [Fact]
    public async Task A_photo_is_stored_without_its_location_metadata()
    {
        var browser = await app.SignInAsync(await app.CreateAsync());
        var title = Title();

        await SubmitAsync(browser, title, ("Files", "foto.jpg", Photos.JpegWithGpsMetadata()));

        var idea = await IdeaAsync(title);
        var stored = await (await browser.GetAsync($"/Ideas/Attachment/{idea.Attachments.Single().Id}")).Content.ReadAsByteArrayAsync();
        Assert.NotNull(SKBitmap.Decode(stored));
        Assert.DoesNotContain("GPSLatitude", System.Text.Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", System.Text.Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_else_sees_an_idea_or_its_files()
    {
        var owner = await app.SignInAsync(await app.CreateAsync());
        var title = Title();
        await SubmitAsync(owner, title, ("Files", "notulen.pdf", Pdf));
        var idea = await IdeaAsync(title);
        var stranger = await app.SignInAsync(await app.CreateAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Ideas/Details/{idea.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Ideas/Attachment/{idea.Attachments.Single().Id}")).StatusCode);
        var token = Forms.Token(await stranger.GetStringAsync("/Ideas/Submit"))!;
        var decline = await stranger.PostAsync($"/Ideas/Details/{idea.Id}?handler=Decline", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = "0", ["Text"] = "Weg ermee" }));
        Assert.Equal(HttpStatusCode.NotFound, decline.StatusCode);
        Assert.Equal(IdeaStatus.New, (await IdeaAsync(title)).Status);
    }

    [Fact]
    public async Task A_coordinator_asks_a_question_the_submitter_answers_and_accepting_starts_a_sub_project()
    {
        var submitterUser = await app.CreateAsync(email: Participants.UniqueEmail("idee"), emailConfirmed: true);
        var submitter = await app.SignInAsync(submitterUser);
        var title = Title();
        await SubmitAsync(submitter, title);
        var coordinatorUser = await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true);
        var coordinator = await app.SignInAsync(coordinatorUser);

        await TriageAsync(coordinator, await IdeaAsync(title), "Ask", "Bij welke bank speelt dit?");
        var question = (await app.MailsToAsync(submitterUser.Email!)).Single(m => m.Subject == "We hebben een vraag over je idee");
        await submitter.SubmitAsync(question.LinkTo("/Ideas/Details"), new Dictionary<string, string> { ["Version"] = (await IdeaAsync(title)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Text"] = "Bij meerdere banken." }, question.LinkTo("/Ideas/Details") + "?handler=Answer");
        var answered = await IdeaAsync(title);
        await TriageAsync(coordinator, answered, "Accept", "Dit past bij het thema bankzaken.");

        var accepted = await IdeaAsync(title);
        Assert.Equal(IdeaStatus.UnderReview, answered.Status);
        Assert.Equal(IdeaStatus.Accepted, accepted.Status);
        Assert.Equal(["Bij welke bank speelt dit?", "Bij meerdere banken."], accepted.Messages.OrderBy(m => m.CreatedAt).Select(m => m.Text));
        await using var scope = app.Services.CreateAsyncScope();
        var project = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SubProject>().Include(p => p.Members).SingleAsync(p => p.Id == accepted.SubProjectId);
        Assert.Equal((title, SubProjectStatus.Preparation), (project.Title, project.Status));
        Assert.True(project.IsLead(coordinatorUser.Id));
        var decision = (await app.MailsToAsync(submitterUser.Email!)).Single(m => m.Subject == "Er is een besluit over je idee");
        Assert.Contains("Dit past bij het thema bankzaken.", decision.TextBody, StringComparison.Ordinal);
        Assert.Contains(title, await submitter.GetStringAsync($"/Projects/Details/{project.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_triage_list_pages_the_open_ideas_and_every_one_is_on_a_page()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var submitter = await app.CreateAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 0; i < 55; i++)
            {
                db.Add(Idea.Submit(Guid.NewGuid(), submitter.Id, new Idea.Content(IdeaKind.Bottleneck, $"Knelpunt {marker} {i:D2}", "Een beschrijving.", null, null, null, null),
                    TimeProvider.System.GetUtcNow().UtcDateTime));
            }
            await db.SaveChangesAsync();
        }
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var pages = new List<string> { await coordinator.GetStringAsync("/Ideas/Admin") };
        while (Links.Href(pages[^1], "nav.pager a[rel=next]") is not null && pages.Count < 100)
        {
            pages.Add(await coordinator.FollowLinkAsync(pages[^1], "nav.pager a[rel=next]"));
        }

        Assert.True(pages.Count >= 2);
        Assert.Equal(50, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(pages[0]).QuerySelectorAll("tbody tr").Length);
        Assert.Equal(55, pages.Sum(page => System.Text.RegularExpressions.Regex.Count(page, $"Knelpunt {marker} \\d\\d")));
        Assert.Contains($"Pagina {pages.Count} van {pages.Count}", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_without_explanation_or_on_an_idea_that_changed_meanwhile_is_refused()
    {
        var submitter = await app.SignInAsync(await app.CreateAsync());
        var title = Title();
        await SubmitAsync(submitter, title);
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var stale = await IdeaAsync(title);

        var withoutReason = await TriageAsync(coordinator, stale, "Decline");
        await TriageAsync(coordinator, stale, "StartReview");
        var onStale = await TriageAsync(coordinator, stale, "Decline", "Te laat gezien");

        Assert.Contains("Geef een toelichting", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Dit idee is intussen gewijzigd", await coordinator.FollowAsync(onStale), StringComparison.Ordinal);
        Assert.Equal(IdeaStatus.UnderReview, (await IdeaAsync(title)).Status);
    }

    [Fact]
    public async Task Posting_the_same_idea_twice_creates_one()
    {
        var browser = await app.SignInAsync(await app.CreateAsync());
        var page = await (await browser.GetAsync("/Ideas/Submit")).Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.Token(page)!,
            ["Input.SubmissionKey"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.SubmissionKey\" value=\"([^\"]+)\"").Groups[1].Value,
            ["Input.Kind"] = "ProjectIdea", ["Input.Title"] = Title(), ["Input.Description"] = "Een cursus bankzaken voor zzp'ers in de branche.",
        };

        var first = await browser.PostAsync("/Ideas/Submit", new FormUrlEncodedContent(fields));
        var second = await browser.PostAsync("/Ideas/Submit", new FormUrlEncodedContent(fields));

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Idea>().CountAsync(i => i.Title == fields["Input.Title"]));
    }

    [Fact]
    public async Task Only_coordinators_open_the_triage_list()
    {
        var participant = await app.SignInAsync(await app.CreateAsync());
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        Assert.Equal(HttpStatusCode.Redirect, (await participant.GetAsync("/Ideas/Admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/Ideas/Admin")).StatusCode);
    }
}
