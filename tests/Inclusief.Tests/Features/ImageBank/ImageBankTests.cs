using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.ImageBank;
using Inclusief.Web.Features.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Inclusief.Tests.Features.ImageBank;

public sealed partial class ImageBankTests : IDisposable
{
    private readonly PhotoApp _app = new();

    private sealed class PhotoApp : AppFactory
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("inclusief-photos-").FullName;

        protected override Dictionary<string, string?> ExtraSettings => new() { ["Uploads:Folder"] = Folder, ["Uploads:MaxBytes"] = "2000000" };

        public string[] StoredFiles() => Directory.Exists(Path.Combine(Folder, "photos")) ? Directory.GetFiles(Path.Combine(Folder, "photos")) : [];
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Teal);
        return SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 80).ToArray();
    }

    private static Dictionary<string, string> Description(string title, bool nobody = false, string scope = "ProgrammeAndMedia") => new()
    {
        ["Input.Title"] = title,
        ["Input.AltText"] = "Een vrouw in een rode jas kijkt lachend in de camera, achter haar een raam.",
        ["Input.Credit"] = "Fotograaf X",
        ["Input.Licence"] = "CcByNc",
        ["Input.UsageTerms"] = "Altijd met naamsvermelding.",
        ["Input.Tags"] = "portret, werkplek",
        ["Input.NoRecognisablePeople"] = nobody ? "true" : "false",
        ["Input.ConsentPerson"] = nobody ? "" : "A.B.",
        ["Input.ConsentGivenOn"] = "2026-11-01",
        ["Input.ConsentScope"] = scope,
        ["Input.ConsentReference"] = "map 2026, nr. 3",
    };

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Dictionary<string, string> fields, string fileName, byte[] content)
    {
        var page = await client.GetStringAsync("/ImageBank/Admin/Upload");
        using var form = new MultipartFormDataContent { { new StringContent(Forms.Token(page)!), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse("image/jpeg");
        form.Add(part, "file", fileName);
        return await client.PostAsync("/ImageBank/Admin/Upload", form);
    }

    private async Task<Photo> PhotoAsync(string title)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Photo>().AsNoTracking().Include(p => p.Consents).SingleAsync(p => p.Title == title);
    }

    [Fact]
    public async Task The_managers_list_pages_the_photos()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 51; i++)
            {
                db.Add(Photo.Add(new Photo.Description($"Foto {i:D2}", "Een straat in de regen.", new Dictionary<string, string?>(), "Fotograaf X", PhotoLicence.ProgrammeOnly,
                    "", [], NoRecognisablePeople: true), 480, 320, $"foto-{i}", [480], "test", now.AddMinutes(i)));
            }
            await db.SaveChangesAsync();
        }
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var first = await coordinator.GetStringAsync("/ImageBank/Admin");
        var second = await coordinator.FollowLinkAsync(first, "nav.pager a[rel=next]");

        Assert.Equal(50, Regex.Count(first, "Foto \\d\\d"));
        Assert.Contains("Foto 50", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 2", first, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(second, "Foto \\d\\d"));
        Assert.Contains("Foto 00", second, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_photo_loses_its_metadata_and_is_shown_in_responsive_sizes_with_its_alt_text_and_credit()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var original = Photos.JpegWithGpsMetadata(2000, 1000);

        var response = await UploadAsync(coordinator, Description("Op de werkplek"), "IMG_0001.jpg", original);
        var photo = await PhotoAsync("Op de werkplek");
        var gallery = await _app.CreateBrowser().GetStringAsync("/ImageBank");
        var large = await _app.CreateBrowser().GetAsync($"/ImageBank/Image/{photo.Id}/1600");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([480, 960, 1600], photo.WidthList);
        Assert.Equal(4, _app.StoredFiles().Length);
        foreach (var file in _app.StoredFiles())
        {
            var text = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file));
            Assert.DoesNotContain("GPSLatitude", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
            Assert.DoesNotContain("BodySerialNumber", text, StringComparison.Ordinal);
        }
        Assert.Contains("alt=\"Een vrouw in een rode jas", gallery, StringComparison.Ordinal);
        Assert.Contains($"/ImageBank/Image/{photo.Id}/960 960w", gallery, StringComparison.Ordinal);
        Assert.Contains("Foto: Fotograaf X", gallery, StringComparison.Ordinal);
        Assert.Equal("image/jpeg", large.Content.Headers.ContentType!.MediaType);
        using var decoded = SKBitmap.Decode(await large.Content.ReadAsByteArrayAsync());
        Assert.Equal(1600, decoded.Width);
    }

    [Fact]
    public async Task Broken_lying_oversized_or_undescribed_uploads_are_refused_with_a_reason_and_the_form_kept()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var broken = Jpeg(400, 300)[..200];
        var noAlt = Description("Zonder beschrijving");
        noAlt["Input.AltText"] = "";
        var noConsent = Description("Zonder toestemming");
        noConsent["Input.ConsentPerson"] = "";

        var lying = await (await UploadAsync(coordinator, Description("Leugen"), "foto.jpg", "<?php system($_GET['c']); ?>"u8.ToArray())).Content.ReadAsStringAsync();
        var cut = await (await UploadAsync(coordinator, Description("Kapot"), "foto.jpg", broken)).Content.ReadAsStringAsync();
        var huge = await (await UploadAsync(coordinator, Description("Te groot"), "foto.jpg", [.. Jpeg(10, 10), .. new byte[2_100_000]])).Content.ReadAsStringAsync();
        var alt = await (await UploadAsync(coordinator, noAlt, "foto.jpg", Jpeg(100, 100))).Content.ReadAsStringAsync();
        var consent = await (await UploadAsync(coordinator, noConsent, "foto.jpg", Jpeg(100, 100))).Content.ReadAsStringAsync();

        Assert.Contains("Dit is geen foto die we kunnen gebruiken", lying, StringComparison.Ordinal);
        Assert.Contains("Deze foto kunnen we niet openen", cut, StringComparison.Ordinal);
        Assert.Contains("Dit bestand is te groot", huge, StringComparison.Ordinal);
        Assert.Contains("alt-tekst", alt, StringComparison.Ordinal);
        Assert.Contains("Leg vast wie herkenbaar op de foto staat", consent, StringComparison.Ordinal);
        Assert.Contains("value=\"Zonder toestemming\"", consent, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Photo>().CountAsync());
        Assert.Empty(_app.StoredFiles());
    }

    [Fact]
    public async Task Withdrawn_consent_removes_the_photo_from_the_gallery_its_page_its_files_and_a_knowledge_item_cover()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await UploadAsync(coordinator, Description("Portret A.B."), "a.jpg", Jpeg(1200, 800));
        var photo = await PhotoAsync("Portret A.B.");
        var itemId = await _app.PublishAsync("Verhaal met foto");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var item = await db.Set<KnowledgeItem>().Include(i => i.Themes).SingleAsync(i => i.Id == itemId);
            item.Edit(new KnowledgeItem.Draft(item.Kind, item.Title, item.Summary, item.Body, item.Language, item.AuthorName, item.Visibility, null, photo.Id, [], [], [], [], [], []), TimeProvider.System.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }
        var before = await _app.CreateBrowser().GetStringAsync($"/Knowledge/Item/{itemId}");

        var withdrawn = await coordinator.FollowAsync(await coordinator.SubmitAsync($"/ImageBank/Admin/Photo/{photo.Id}",
            new Dictionary<string, string> { ["consent"] = photo.Consents.Single().Id.ToString() }, $"/ImageBank/Admin/Photo/{photo.Id}?handler=WithdrawConsent"));

        Assert.Contains($"/ImageBank/Image/{photo.Id}/", before, StringComparison.Ordinal);
        Assert.Contains("De foto is overal verwijderd", withdrawn, StringComparison.Ordinal);
        Assert.DoesNotContain(photo.Id.ToString(), await _app.CreateBrowser().GetStringAsync("/ImageBank"), StringComparison.Ordinal);
        Assert.DoesNotContain(photo.Id.ToString(), await _app.CreateBrowser().GetStringAsync($"/Knowledge/Item/{itemId}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateBrowser().GetAsync($"/ImageBank/Photo/{photo.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateBrowser().GetAsync($"/ImageBank/Image/{photo.Id}/960")).StatusCode);
        Assert.Empty(_app.StoredFiles());
        Assert.Equal(PhotoStatus.Withdrawn, (await PhotoAsync("Portret A.B.")).Status);
    }

    [Fact]
    public async Task Only_approved_media_accounts_download_and_only_photos_cleared_for_the_media()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await UploadAsync(coordinator, Description("Voor de pers"), "a.jpg", Jpeg(4000, 2000));
        await UploadAsync(coordinator, Description("Alleen programma", scope: "Programme"), "b.jpg", Jpeg(800, 600));
        var press = await PhotoAsync("Voor de pers");
        var programmeOnly = await PhotoAsync("Alleen programma");
        var journalist = await _app.SignInAsync(await _app.CreateAsync());

        var before = await journalist.ForgeAsync($"/ImageBank/Photo/{press.Id}", new Dictionary<string, string>(), $"/ImageBank/Download/{press.Id}");
        await journalist.SubmitAsync("/ImageBank/MediaAccount", new Dictionary<string, string> { ["Input.Outlet"] = "De Lokale Krant", ["Input.Purpose"] = "Een artikel over bankzaken." });
        var requests = await coordinator.GetStringAsync("/ImageBank/Admin");
        var account = MediaAccountId().Match(requests).Groups[1].Value;
        await coordinator.SubmitAsync("/ImageBank/Admin", new Dictionary<string, string> { ["account"] = account, ["approve"] = "true" }, "/ImageBank/Admin?handler=Decide");
        var download = await journalist.SubmitAsync($"/ImageBank/Photo/{press.Id}", new Dictionary<string, string>(), $"/ImageBank/Download/{press.Id}");
        var refusedPage = await journalist.GetStringAsync($"/ImageBank/Photo/{programmeOnly.Id}");

        Assert.Contains("/Accounts/AccessDenied", before.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("De Lokale Krant", requests, StringComparison.Ordinal);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType!.MediaType);
        using var full = SKBitmap.Decode(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(3000, full.Width);
        Assert.Equal(1, (await PhotoAsync("Voor de pers")).Downloads);
        Assert.Contains("alleen voor de eigen uitgaven", refusedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Downloaden in hoge resolutie</button>", refusedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_coordinators_manage_the_image_bank()
    {
        var member = await _app.SignInAsync(await _app.CreateAsync());
        var caseworker = await _app.SignInAsStaffAsync(StaffRoles.Caseworker);

        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/ImageBank/Admin/Upload")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.GetAsync("/ImageBank/Admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateBrowser().GetAsync("/ImageBank")).StatusCode);
    }

    [GeneratedRegex("name=\"account\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex MediaAccountId();

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_app.Folder, recursive: true);
    }

    [Fact]
    public async Task The_next_link_of_the_gallery_shows_the_next_photos()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        for (var i = 1; i <= 25; i++)
        {
            await UploadAsync(coordinator, Description($"Galerij {i:00}", nobody: true), $"galerij-{i}.jpg", Jpeg(320, 240));
        }
        var visitor = _app.CreateBrowser();

        var first = await visitor.GetStringAsync("/ImageBank");
        var second = await visitor.FollowLinkAsync(first, "nav.pager a[rel=next]");

        Assert.Equal(24, PhotoLinks(first).Count);
        var rest = Assert.Single(PhotoLinks(second));
        Assert.DoesNotContain(rest, PhotoLinks(first));
        Assert.Contains("Pagina 2", second, StringComparison.Ordinal);
    }

    private static List<string> PhotoLinks(string html) => Links.Hrefs(html).Where(h => h.StartsWith("/ImageBank/Photo/", StringComparison.Ordinal)).Distinct().ToList();
}
