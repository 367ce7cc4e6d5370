using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>
/// The stored copies of photos, outside wwwroot: every upload is checked by its bytes, decoded and encoded
/// again (no EXIF, GPS or camera serial survives), and the responsive widths and the download copy are made
/// once, at upload.
/// </summary>
public sealed class PhotoFiles(IOptions<UploadOptions> options, IHostEnvironment environment)
{
    public const string Full = "full";

    private string Root => Path.Combine(environment.ContentRootPath, options.Value.Folder, "photos");

    public sealed record Stored(string Prefix, int Width, int Height, IReadOnlyList<int> Widths);

    public async Task<Stored> SaveAsync(IFormFile file, CancellationToken cancellationToken = default)
    {
        if (file.Length == 0)
        {
            throw new UploadRejectedException("Dit bestand is leeg.");
        }
        if (file.Length > options.Value.MaxBytes)
        {
            throw new UploadRejectedException("Dit bestand is te groot. Het mag hoogstens 10 MB zijn.");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (!PhotoEncoder.LooksLikePhoto(bytes.AsSpan(0, Math.Min(bytes.Length, 12))))
        {
            throw new UploadRejectedException("Dit is geen foto die we kunnen gebruiken. Stuur een JPEG, PNG of WebP.");
        }
        using var upright = PhotoEncoder.DecodeUpright(bytes);
        var prefix = Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(Root);
        var widths = Photo.Widths.Where(w => w < upright.Width).Append(Math.Min(upright.Width, Photo.Widths[^1])).Distinct().Order().ToList();
        foreach (var width in widths)
        {
            using var copy = PhotoEncoder.Shrink(upright, width);
            await File.WriteAllBytesAsync(PathOf(prefix, width.ToString(System.Globalization.CultureInfo.InvariantCulture)), PhotoEncoder.Encode(copy, SKEncodedImageFormat.Jpeg, 80), cancellationToken);
        }
        var longest = Math.Max(upright.Width, upright.Height);
        var downloadWidth = longest <= Photo.DownloadMaxSide ? upright.Width : (int)(upright.Width * (double)Photo.DownloadMaxSide / longest);
        using (var full = PhotoEncoder.Shrink(upright, downloadWidth))
        {
            await File.WriteAllBytesAsync(PathOf(prefix, Full), PhotoEncoder.Encode(full, SKEncodedImageFormat.Jpeg, 90), cancellationToken);
        }
        return new Stored(prefix, upright.Width, upright.Height, widths);
    }

    /// <summary>The copy for a width: the smallest stored one at least that wide, else the largest.</summary>
    public Stream? Open(Photo photo, int width)
    {
        var widths = photo.WidthList;
        if (widths.Count == 0)
        {
            return null;
        }
        var chosen = widths.Where(w => w >= width).DefaultIfEmpty(widths.Max()).Min();
        var path = PathOf(photo.FilePrefix, chosen.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    public Stream? OpenDownload(Photo photo)
    {
        var path = PathOf(photo.FilePrefix, Full);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    public void Delete(string prefix)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }
        foreach (var path in Directory.GetFiles(Root, Path.GetFileName(prefix) + "-*.jpg"))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string prefix, string size) => Path.Combine(Root, $"{Path.GetFileName(prefix)}-{size}.jpg");
}
