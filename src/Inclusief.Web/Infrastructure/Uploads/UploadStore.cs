using System.IO.Compression;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Inclusief.Web.Infrastructure.Uploads;

/// <summary>
/// Keeps uploaded files outside wwwroot, under random names. A file is accepted by what its bytes are
/// (PDF, JPEG, PNG, Office or OpenDocument), never by its name; photos are decoded and re-encoded so that
/// no metadata (such as the GPS position in a photo's EXIF) survives.
/// </summary>
public sealed class UploadStore(IOptions<UploadOptions> options, IHostEnvironment environment)
{
    private string Root => Path.Combine(environment.ContentRootPath, options.Value.Folder);

    public long MaxBytes => options.Value.MaxBytes;

    public async Task<StoredFile> SaveAsync(IFormFile file, CancellationToken cancellationToken = default)
    {
        if (file.Length == 0)
        {
            throw new UploadRejectedException("Dit bestand is leeg.");
        }
        if (file.Length > MaxBytes)
        {
            throw new UploadRejectedException("Dit bestand is te groot. Het mag hoogstens 10 MB zijn.");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var (contentType, extension) = Sniff(bytes) ?? throw new UploadRejectedException("Dit soort bestand kunnen we niet aannemen. Stuur een PDF, een foto (JPEG of PNG) of een Office- of OpenDocument-bestand.");
        if (contentType is "image/jpeg" or "image/png")
        {
            bytes = PhotoEncoder.Reencode(bytes, contentType == "image/png" ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg);
        }
        var storedName = $"{Guid.NewGuid():N}{extension}";
        Directory.CreateDirectory(Root);
        await File.WriteAllBytesAsync(Path.Combine(Root, storedName), bytes, cancellationToken);
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(file.FileName));
        name = string.Concat(name.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/'))).Trim();
        return new StoredFile(storedName, (name.Length == 0 ? "bestand" : name[..Math.Min(name.Length, 150)]) + extension, contentType, bytes.LongLength);
    }

    public Stream Open(string storedName) => File.OpenRead(Path.Combine(Root, Path.GetFileName(storedName)));

    public void Delete(string storedName)
    {
        var path = Path.Combine(Root, Path.GetFileName(storedName));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static (string ContentType, string Extension)? Sniff(byte[] bytes)
    {
        ReadOnlySpan<byte> head = bytes.AsSpan(0, Math.Min(bytes.Length, 8));
        if (head.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", ".pdf");
        }
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return ("image/jpeg", ".jpg");
        }
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return ("image/png", ".png");
        }
        return head.StartsWith("PK\u0003\u0004"u8) ? SniffZip(bytes) : null;
    }

    /// <summary>
    /// An Office or OpenDocument file has a few hundred parts; an archive of a hundred thousand tiny ones would cost
    /// far more memory to list than its 10 MB. The count is read from the archive's end record before any listing.
    /// </summary>
    private const int MaxZipEntries = 5000;

    /// <summary>An OpenDocument "mimetype" part is one short line; only that much of it is ever decompressed.</summary>
    private const int MimetypeBytes = 128;

    /// <summary>
    /// The number of parts the end-of-central-directory record declares (the last 22 bytes, or before a comment of up
    /// to 64 KB); null when there is none. Zip64 archives declare 0xFFFF here and are refused with the rest.
    /// </summary>
    private static int? ZipEntryCount(byte[] bytes)
    {
        ReadOnlySpan<byte> signature = [0x50, 0x4B, 0x05, 0x06];
        var earliest = Math.Max(0, bytes.Length - 22 - ushort.MaxValue);
        for (var at = bytes.Length - 22; at >= earliest; at--)
        {
            if (bytes.AsSpan(at, 4).SequenceEqual(signature))
            {
                var count = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 10, 2));
                return count == ushort.MaxValue ? null : count;
            }
        }
        return null;
    }

    /// <summary>
    /// Office Open XML and OpenDocument files are zip archives; their part names say which kind they are. Only the
    /// names and the first bytes of one part are read, so a part that inflates to gigabytes costs nothing.
    /// </summary>
    private static (string, string)? SniffZip(byte[] bytes)
    {
        if (ZipEntryCount(bytes) is not (> 0 and <= MaxZipEntries))
        {
            return null;
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                {
                    return ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
                }
                if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                {
                    return ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
                }
                if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)))
                {
                    return ("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx");
                }
            }
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var part = mimetype.Open();
                var head = new byte[MimetypeBytes];
                var length = part.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                return System.Text.Encoding.ASCII.GetString(head, 0, length).Trim() switch
                {
                    "application/vnd.oasis.opendocument.text" => ("application/vnd.oasis.opendocument.text", ".odt"),
                    "application/vnd.oasis.opendocument.spreadsheet" => ("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
                    "application/vnd.oasis.opendocument.presentation" => ("application/vnd.oasis.opendocument.presentation", ".odp"),
                    _ => null,
                };
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
