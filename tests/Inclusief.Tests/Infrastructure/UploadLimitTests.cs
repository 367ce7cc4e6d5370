using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkiaSharp;

namespace Inclusief.Tests.Infrastructure;

/// <summary>Uploads cannot exhaust memory or disk, and write forms cannot be flooded from one account.</summary>
// Alone: one test measures what the process allocates.
[Collection(Serial)]
public sealed class UploadLimitTests : IClassFixture<UploadLimitTests.Factory>
{
    public const string Serial = "measures allocations";

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private readonly Factory _app;

    public UploadLimitTests(Factory app) => _app = app;

    public sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero));

        protected override Dictionary<string, string?> ExtraSettings => new()
        {
            ["Uploads:FilesPerDay"] = "2",
            ["Uploads:BytesPerDay"] = "1000",
            ["RateLimits:WritesPerMinute"] = "3",
        };

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    private static async Task<HttpResponseMessage> SubmitIdeaAsync(HttpClient browser, string title, int files, byte[]? file = null)
    {
        var typed = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Bottleneck", ["Input.Title"] = title,
            ["Input.Description"] = "Banken zeggen rekeningen van sekswerkers op, zonder uitleg.",
        };
        var form = await browser.OpenFormAsync("/Ideas/Submit", typed);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Values.Where(v => !typed.ContainsKey(v.Key) && v.Key != "__RequestVerificationToken").Concat(typed))
        {
            content.Add(new StringContent(value), name);
        }
        content.Add(new StringContent(form.Token), "__RequestVerificationToken");
        for (var i = 0; i < files; i++)
        {
            var part = new ByteArrayContent(file ?? Pdf);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
            content.Add(part, "Files", $"notulen-{i}.pdf");
        }
        return await browser.PostAsync(form.Target, content);
    }

    private async Task<bool> IdeaStoredAsync(string title)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Idea>().AnyAsync(i => i.Title == title);
    }

    [Fact]
    public async Task An_account_uploads_at_most_its_daily_quota_and_can_again_the_next_day()
    {
        var user = await _app.CreateAsync();
        var browser = await _app.SignInAsync(user);

        var first = await SubmitIdeaAsync(browser, "Twee bijlagen", 2);
        var refused = await SubmitIdeaAsync(browser, "Nog een bijlage", 1);
        var other = await SubmitIdeaAsync(await _app.SignInAsync(await _app.CreateAsync()), "Van iemand anders", 1);
        _app.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await SubmitIdeaAsync(await _app.SignInAsync(user), "De volgende dag", 1);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Je hebt vandaag al zoveel bestanden geüpload als kan. Morgen kan het weer.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Nog een bijlage\"", page, StringComparison.Ordinal);
        Assert.False(await IdeaStoredAsync("Nog een bijlage"));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, nextDay.StatusCode);
        Assert.True(await IdeaStoredAsync("De volgende dag"));
    }

    [Fact]
    public async Task A_file_larger_than_the_daily_bytes_is_refused_also_on_a_new_day()
    {
        var user = await _app.CreateAsync();
        var browser = await _app.SignInAsync(user);
        await SubmitIdeaAsync(browser, "Klein begin", 1);
        _app.Clock.Advance(TimeSpan.FromDays(1));
        var big = new byte[1200];
        Pdf.CopyTo(big, 0);

        var refused = await SubmitIdeaAsync(await _app.SignInAsync(user), "Te groot", 1, big);

        Assert.Contains("Je hebt vandaag al zoveel bestanden geüpload als kan.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await IdeaStoredAsync("Te groot"));
    }

    [Fact]
    public async Task Write_forms_are_limited_per_account_whichever_browser_posts()
    {
        var user = await _app.CreateAsync();
        var phone = await _app.SignInAsync(user);
        var laptop = await _app.SignInAsync(user);
        // An idea without a title: refused by the form's rules, but a write all the same.
        var fields = new Dictionary<string, string>();

        var answers = new List<HttpResponseMessage>();
        foreach (var browser in new[] { phone, laptop, phone, laptop })
        {
            answers.Add(await browser.SubmitAsync("/Ideas/Submit", fields));
        }
        var someoneElse = await (await _app.SignInAsync(await _app.CreateAsync())).SubmitAsync("/Ideas/Submit", fields);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.Contains("Er waren te veel pogingen in korte tijd.", await answers[^1].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, someoneElse.StatusCode);
    }

    [Fact]
    public void A_jpeg_near_fifty_megapixels_is_decoded_smaller_never_in_full()
    {
        var bytes = GreyPhoto(8000, 6000, SKEncodedImageFormat.Jpeg);

        using var decoded = PhotoEncoder.DecodeUpright(bytes);

        Assert.True((long)decoded.Width * decoded.Height <= PhotoEncoder.DecodeBudget, $"{decoded.Width}×{decoded.Height}");
        Assert.Equal(4000, decoded.Width);
        Assert.Equal(3000, decoded.Height);
        Assert.InRange(decoded.GetPixel(2000, 1500).Red, 120, 136);
    }

    [Fact]
    public void A_webp_near_fifty_megapixels_is_decoded_smaller_never_in_full()
    {
        var bytes = GreyPhoto(8000, 6000, SKEncodedImageFormat.Webp);

        using var decoded = PhotoEncoder.DecodeUpright(bytes);

        Assert.True((long)decoded.Width * decoded.Height <= PhotoEncoder.DecodeBudget, $"{decoded.Width}×{decoded.Height}");
        Assert.InRange(decoded.GetPixel(decoded.Width / 2, decoded.Height / 2).Red, 120, 136);
    }

    [Fact]
    public void A_png_larger_than_the_budget_is_refused_with_the_way_out_since_png_cannot_be_decoded_smaller()
    {
        var bytes = GreyPhoto(4000, 3001, SKEncodedImageFormat.Png);

        var refused = Assert.Throws<UploadRejectedException>(() => PhotoEncoder.DecodeUpright(bytes));

        Assert.Equal("Deze afbeelding heeft te veel pixels. Een PNG mag hoogstens 12 megapixel zijn; sla een grotere foto op als JPEG.", refused.Message);
        using var fits = PhotoEncoder.DecodeUpright(GreyPhoto(4000, 3000, SKEncodedImageFormat.Png));
        Assert.Equal((4000, 3000), (fits.Width, fits.Height));
    }

    [Fact]
    public async Task An_opendocument_file_whose_part_inflates_to_hundreds_of_megabytes_is_refused_without_reading_it()
    {
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var part = await zip.CreateEntry("mimetype", CompressionLevel.SmallestSize).OpenAsync();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                await part.WriteAsync(zeros);
            }
        }
        var bytes = bomb.ToArray();
        var file = new FormFile(new MemoryStream(bytes), 0, bytes.Length, "file", "verslag.odt");
        var store = _app.Services.GetRequiredService<UploadStore>();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var refused = await Assert.ThrowsAsync<UploadRejectedException>(() => store.SaveAsync(file));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(bytes.Length < 2 * 1024 * 1024, $"{bytes.Length} bytes");
        Assert.StartsWith("Dit soort bestand kunnen we niet aannemen.", refused.Message, StringComparison.Ordinal);
        Assert.True(allocated < 100 * 1024 * 1024, $"{allocated / 1024 / 1024} MB allocated");
    }

    [Fact]
    public async Task An_archive_of_thousands_of_parts_is_refused_before_they_are_listed()
    {
        var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
            for (var i = 0; i < 6000; i++)
            {
                zip.CreateEntry($"word/{i}");
            }
        }
        var bytes = archive.ToArray();
        var store = _app.Services.GetRequiredService<UploadStore>();

        var refused = await Assert.ThrowsAsync<UploadRejectedException>(() => store.SaveAsync(new FormFile(new MemoryStream(bytes), 0, bytes.Length, "file", "brief.docx")));

        Assert.StartsWith("Dit soort bestand kunnen we niet aannemen.", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>One grey value all over: cheap to make and compress, and every decoded pixel must keep it.</summary>
    private static byte[] GreyPhoto(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        bitmap.Erase(new SKColor(128, 128, 128));
        using var pixels = bitmap.PeekPixels();
        using var data = pixels.Encode(format, 80)!;
        return data.ToArray();
    }
}

[CollectionDefinition(UploadLimitTests.Serial, DisableParallelization = true)]
public sealed class AllocationMeasuringTests;
