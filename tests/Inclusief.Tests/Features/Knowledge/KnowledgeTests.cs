using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Knowledge;

public sealed class KnowledgeTests : IDisposable
{
    private readonly AppFactory _app = new();

    private static Dictionary<string, string> Fields(string title, string kind = "Essay", string visibility = "Public", string author = "Roos") => new()
    {
        ["Input.Kind"] = kind,
        ["Input.Title"] = title,
        ["Input.AuthorName"] = author,
        ["Input.Summary"] = "Wat sekswerkers bij de bank meemaken.",
        ["Input.Body"] = "## Inleiding\n\nBanken zeggen **zonder uitleg** rekeningen op.",
        ["Input.Language"] = "nl",
        ["Input.Visibility"] = visibility,
        ["Input.Themes"] = "bankzaken, uitsluiting",
    };

    private async Task<KnowledgeItem> ItemAsync(string title)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().AsNoTracking()
            .Include(i => i.Lessons).Include(i => i.Attachments).SingleAsync(i => i.Title == title);
    }

    [Fact]
    public async Task The_editors_desk_pages_a_long_list_and_its_tab_counts_all_of_it()
    {
        for (var i = 0; i < 52; i++)
        {
            await _app.PublishAsync($"Gepubliceerd stuk {i:D2}");
        }
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var desk = await coordinator.GetStringAsync("/Knowledge/Admin");
        var published = await coordinator.FollowLinkAsync(desk, "nav.filters a[href*='status=Published']");
        var next = await coordinator.FollowLinkAsync(published, "nav.pager a[rel=next]");

        Assert.Contains("Gepubliceerd (52)", desk, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 2", published, StringComparison.Ordinal);
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Count(published, "Gepubliceerd stuk \\d\\d"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(next, "Gepubliceerd stuk \\d\\d"));
        Assert.Contains("Gepubliceerd stuk 00", next, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_a_thousand_a_tab_says_so_instead_of_counting_and_its_pager_still_goes_on()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            for (var i = 0; i < Inclusief.Web.Features.Knowledge.Admin.IndexModel.CountCap + 1; i++)
            {
                db.Add(KnowledgeItem.Start(new KnowledgeItem.Draft(KnowledgeKind.Article, $"Concept {i:D4}", "Een samenvatting.", "", "nl", "Redactie",
                    KnowledgeVisibility.Public, null, null, [], [], [], [], [], []), "test-author", now));
            }
            await db.SaveChangesAsync();
        }
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var desk = await coordinator.GetStringAsync("/Knowledge/Admin");
        var drafts = await coordinator.FollowLinkAsync(desk, "nav.filters a[href*='status=Draft']");
        var next = await coordinator.FollowLinkAsync(drafts, "nav.pager a[rel=next]");

        Assert.Contains($"Concepten ({Inclusief.Web.Features.Knowledge.Admin.IndexModel.CountCap}+)", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(desk).QuerySelector("nav.filters")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Pagina 1 van", drafts, StringComparison.Ordinal);
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Count(drafts, "Concept \\d{4}"));
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Count(next, "Concept \\d{4}"));
        Assert.NotNull(Links.Href(next, "nav.pager a[rel=next]"));
    }

    [Fact]
    public async Task A_member_writes_under_a_pseudonym_the_editor_sends_it_back_and_then_publishes_it()
    {
        var member = await _app.SignInAsync(await _app.CreateAsync());
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await member.SubmitAsync("/Knowledge/Write", Fields("Zonder rekening"), "/Knowledge/Write?handler=Submit");
        var item = await ItemAsync("Zonder rekening");
        var whileInReview = await _app.CreateBrowser().GetAsync($"/Knowledge/Item/{item.Id}");
        var queue = await coordinator.GetStringAsync("/Knowledge/Admin");

        await coordinator.SubmitAsync($"/Knowledge/Write/{item.Id}", new Dictionary<string, string> { ["note"] = "Noem een voorbeeld uit Den Haag." }, $"/Knowledge/Review/{item.Id}?handler=Return");
        var mine = await member.GetStringAsync("/Knowledge/Mine");
        await member.SubmitAsync($"/Knowledge/Write/{item.Id}", Fields("Zonder rekening"), $"/Knowledge/Write/{item.Id}?handler=Submit");
        await coordinator.SubmitAsync($"/Knowledge/Write/{item.Id}", Fields("Zonder rekening"), $"/Knowledge/Write/{item.Id}?handler=Publish");
        var page = await _app.CreateBrowser().GetStringAsync($"/Knowledge/Item/{item.Id}");
        var feed = XDocument.Parse(await _app.CreateBrowser().GetStringAsync("/Knowledge/Feed"));

        Assert.Equal(HttpStatusCode.NotFound, whileInReview.StatusCode);
        Assert.Contains("Zonder rekening", queue, StringComparison.Ordinal);
        Assert.Contains("Noem een voorbeeld uit Den Haag.", mine, StringComparison.Ordinal);
        Assert.Contains("Door Roos", page, StringComparison.Ordinal);
        Assert.Contains("<strong>zonder uitleg</strong>", page, StringComparison.Ordinal);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("Zonder rekening", entry.Element(atom + "title")!.Value);
        Assert.Equal("Roos", entry.Element(atom + "author")!.Element(atom + "name")!.Value);
    }

    [Fact]
    public async Task The_write_form_posts_to_its_handlers_for_a_new_and_an_existing_item()
    {
        var member = await _app.SignInAsync(await _app.CreateAsync());
        var blank = await member.GetStringAsync("/Knowledge/Write");
        await member.SubmitAsync("/Knowledge/Write", Fields("Bestaand stuk"), "/Knowledge/Write?handler=Save");
        var item = await ItemAsync("Bestaand stuk");
        var existing = await member.GetStringAsync($"/Knowledge/Write/{item.Id}");

        var mine = await member.GetStringAsync("/Knowledge/Mine");
        Assert.Contains("href=\"/Knowledge/Write\"", mine, StringComparison.Ordinal);
        string[] Actions(string html) => System.Text.RegularExpressions.Regex.Matches(html, "formaction=\"([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
        Assert.Equal(["/Knowledge/Write?handler=Save", "/Knowledge/Write?handler=Submit"], Actions(blank));
        Assert.Equal([$"/Knowledge/Write/{item.Id}?handler=Save", $"/Knowledge/Write/{item.Id}?handler=Submit"], Actions(existing));
    }

    [Fact]
    public async Task Only_editors_publish_and_an_author_cannot_change_an_item_under_review()
    {
        var member = await _app.SignInAsync(await _app.CreateAsync());
        await member.SubmitAsync("/Knowledge/Write", Fields("Eigen publicatie"), "/Knowledge/Write?handler=Submit");
        var item = await ItemAsync("Eigen publicatie");

        var publish = await member.ForgeAsync($"/Knowledge/Write/{item.Id}", Fields("Eigen publicatie"), $"/Knowledge/Write/{item.Id}?handler=Publish");
        var change = await member.FollowAsync(await member.ForgeAsync($"/Knowledge/Write/{item.Id}", Fields("Veranderd"), $"/Knowledge/Write/{item.Id}?handler=Save"));
        var stranger = await (await _app.SignInAsync(await _app.CreateAsync())).GetAsync($"/Knowledge/Write/{item.Id}");

        Assert.Contains("/Accounts/AccessDenied", publish.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("ligt bij de redactie", change, StringComparison.Ordinal);
        Assert.Equal(KnowledgeStatus.InReview, (await ItemAsync("Eigen publicatie")).Status);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task A_form_with_mistakes_comes_back_with_messages_and_everything_typed()
    {
        var member = await _app.SignInAsync(await _app.CreateAsync());
        var fields = Fields("Podcast zonder link", kind: "Media");
        fields["Input.MediaUrl"] = "javascript:alert(1)";
        fields["Input.Themes"] = string.Join(", ", Enumerable.Range(1, 12).Select(i => $"thema{i}"));

        var response = await member.SubmitAsync("/Knowledge/Write", fields, "/Knowledge/Write?handler=Save");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Geef een volledige link die met https:// begint.", html, StringComparison.Ordinal);
        Assert.Contains("hoogstens 10 thema", html, StringComparison.Ordinal);
        Assert.Contains("Podcast zonder link", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_only_items_need_a_sign_in_and_stay_out_of_the_feed_and_the_api()
    {
        var id = await _app.PublishAsync("Alleen voor leden", visibility: KnowledgeVisibility.Members);
        var member = await _app.SignInAsync(await _app.CreateAsync());

        var anonymous = await _app.CreateBrowser().GetAsync($"/Knowledge/Item/{id}");
        var api = await _app.CreateBrowser().GetAsync($"/api/knowledge/{id}");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Accounts/SignIn", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain("Alleen voor leden", await _app.CreateBrowser().GetStringAsync("/Knowledge/Feed"), StringComparison.Ordinal);
        Assert.Contains("Alleen voor leden", await member.GetStringAsync($"/Knowledge/Item/{id}"), StringComparison.Ordinal);
        Assert.Contains("Alleen voor leden", await member.GetStringAsync("/Knowledge"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_api_gives_public_items_with_sanitised_html_and_documents_itself()
    {
        var id = await _app.PublishAsync("Handreiking voor gemeenten", body: "Lees <script>alert(1)</script>**dit**.", kind: KnowledgeKind.Guide);

        var item = await _app.CreateBrowser().GetFromJsonAsync<JsonElement>($"/api/knowledge/{id}");
        var badKind = await _app.CreateBrowser().GetAsync("/api/knowledge?kind=Poem");
        var list = await _app.CreateBrowser().GetAsync("/api/knowledge");
        var openApi = await _app.CreateBrowser().GetFromJsonAsync<JsonElement>("/api/openapi/v1.json");

        Assert.Equal("Guide", item.GetProperty("kind").GetString());
        Assert.Contains("<strong>dit</strong>", item.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", item.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal("*", list.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/knowledge/{id}", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateBrowser().GetAsync("/api/knowledge/999999")).StatusCode);
    }

    [Fact]
    public async Task A_teaching_module_keeps_each_members_progress_and_a_double_click_counts_once()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await coordinator.SubmitAsync("/Knowledge/Write", Fields("Invloed op beleid", kind: "TeachingModule"), "/Knowledge/Write?handler=Publish");
        var module = await ItemAsync("Invloed op beleid");
        var refused = module.Status;
        foreach (var title in new[] { "Hoe een gemeente besluit", "Inspreken in de raad", "Een klacht indienen" })
        {
            await coordinator.SubmitAsync($"/Knowledge/Write/{module.Id}", new Dictionary<string, string> { ["lessonTitle"] = title, ["lessonBody"] = "Uitleg." }, $"/Knowledge/Lessons/{module.Id}?handler=Add");
        }
        await coordinator.SubmitAsync($"/Knowledge/Write/{module.Id}", Fields("Invloed op beleid", kind: "TeachingModule"), $"/Knowledge/Write/{module.Id}?handler=Publish");
        module = await ItemAsync("Invloed op beleid");
        var member = await _app.SignInAsync(await _app.CreateAsync());
        var first = module.Lessons.Single(l => l.Position == 1);

        await member.SubmitAsync($"/Knowledge/Item/{module.Id}", new Dictionary<string, string> { ["lesson"] = first.Id.ToString() }, $"/Knowledge/Item/{module.Id}?handler=Complete");
        await member.SubmitAsync($"/Knowledge/Item/{module.Id}", new Dictionary<string, string> { ["lesson"] = first.Id.ToString() }, $"/Knowledge/Item/{module.Id}?handler=Complete");
        var page = await member.GetStringAsync($"/Knowledge/Item/{module.Id}");
        var other = await (await _app.SignInAsync(await _app.CreateAsync())).GetStringAsync($"/Knowledge/Item/{module.Id}");

        Assert.Equal(KnowledgeStatus.Draft, refused);
        Assert.Equal(KnowledgeStatus.Published, module.Status);
        Assert.Contains("1 van 3 lessen afgerond", page, StringComparison.Ordinal);
        Assert.Contains("0 van 3 lessen afgerond", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lesson_without_a_title_comes_back_with_its_text_and_the_reason_and_the_rendered_form_adds_it()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await coordinator.SubmitAsync("/Knowledge/Write", Fields("Geld en rechten", kind: "TeachingModule"), "/Knowledge/Write?handler=Publish");
        var module = await ItemAsync("Geld en rechten");
        var body = "Een lange uitleg over je rekening die niet verloren mag gaan.";

        var refused = await coordinator.SubmitAsync($"/Knowledge/Write/{module.Id}", new Dictionary<string, string> { ["lessonTitle"] = " ", ["lessonBody"] = body }, $"/Knowledge/Lessons/{module.Id}?handler=Add");
        var html = await refused.Content.ReadAsStringAsync();
        var added = await coordinator.FormIn(html, $"/Knowledge/Lessons/{module.Id}", action: $"/Knowledge/Lessons/{module.Id}?handler=Add")
            .SubmitAsync(new Dictionary<string, string> { ["lessonTitle"] = "Een rekening openen", ["lessonBody"] = body });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Geef de les een titel van hoogstens 200 tekens.", html, StringComparison.Ordinal);
        Assert.Contains(body, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("Een rekening openen", (await ItemAsync("Geld en rechten")).Lessons.Single().Title);
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_and_served_with_the_items_visibility()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await coordinator.SubmitAsync("/Knowledge/Write", Fields("Rapport met bijlage", kind: "Report", visibility: "Members"), "/Knowledge/Write?handler=Publish");
        var item = await ItemAsync("Rapport met bijlage");

        var lying = await UploadAsync(coordinator, item.Id, "rapport.pdf", "MZ\u0090\0 this is an executable"u8.ToArray());
        var pdf = await UploadAsync(coordinator, item.Id, "rapport.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var attachment = Assert.Single((await ItemAsync("Rapport met bijlage")).Attachments);
        var anonymous = await _app.CreateBrowser().GetAsync($"/Knowledge/Attachment/{attachment.Id}");
        var member = await (await _app.SignInAsync(await _app.CreateAsync())).GetAsync($"/Knowledge/Attachment/{attachment.Id}");

        Assert.Contains("Dit soort bestand kunnen we niet aannemen", lying, StringComparison.Ordinal);
        Assert.Contains("De bijlage is toegevoegd", pdf, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("application/pdf", member.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<string> UploadAsync(HttpClient client, int id, string name, byte[] content)
    {
        var page = await client.GetStringAsync($"/Knowledge/Write/{id}");
        using var form = new MultipartFormDataContent { { new StringContent(Forms.Token(page)!), "__RequestVerificationToken" } };
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        form.Add(part, "file", name);
        return await client.FollowAsync(await client.PostAsync($"/Knowledge/Attachments/{id}?handler=Add", form));
    }

    [Fact]
    public async Task Leaving_deletes_drafts_and_progress_and_takes_the_name_off_published_work()
    {
        var user = await _app.CreateAsync();
        var member = await _app.SignInAsync(user);
        await member.SubmitAsync("/Knowledge/Write", Fields("Mijn concept", author: "Jasmijn"), "/Knowledge/Write?handler=Save");
        await member.SubmitAsync("/Knowledge/Write", Fields("Mijn essay", author: "Jasmijn"), "/Knowledge/Write?handler=Submit");
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var essay = await ItemAsync("Mijn essay");
        await coordinator.SubmitAsync($"/Knowledge/Write/{essay.Id}", Fields("Mijn essay", author: "Jasmijn"), $"/Knowledge/Write/{essay.Id}?handler=Publish");
        var export = await (await member.SubmitAsync("/Accounts/MyData", new Dictionary<string, string>(), "/Accounts/MyData?handler=Export")).Content.ReadAsStringAsync();

        await member.SubmitAsync("/Accounts/MyData", new Dictionary<string, string> { ["confirm"] = "true", ["password"] = People.Password }, "/Accounts/MyData?handler=Delete");

        Assert.Contains("Mijn concept", export, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        var items = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().AsNoTracking().ToListAsync();
        var left = Assert.Single(items);
        Assert.Equal("Mijn essay", left.Title);
        Assert.Equal("Anoniem", left.AuthorName);
        Assert.Equal("", left.CreatedById);
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_next_link_of_the_list_shows_the_next_items()
    {
        var theme = $"pager-{Guid.NewGuid():N}"[..16];
        for (var i = 1; i <= KnowledgeSearch.PageSize + 1; i++)
        {
            await _app.PublishAsync($"Bladeren {i:00}", themes: [theme]);
        }
        var visitor = _app.CreateBrowser();

        var first = await visitor.GetStringAsync($"/Knowledge?Theme={theme}");
        var second = await visitor.FollowLinkAsync(first, "nav.pager a[rel=next]");

        Assert.Contains("Bladeren 21", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Bladeren 01", first, StringComparison.Ordinal);
        Assert.Contains("Bladeren 01", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Bladeren 21", second, StringComparison.Ordinal);
        Assert.Contains("Pagina 2", second, StringComparison.Ordinal);
        Assert.NotNull(Links.Href(second, "nav.pager a[rel=prev]"));
    }
}
