using System.Security.Cryptography;
using System.Text.Json;

namespace Inclusief.Web.Infrastructure.Backup;

/// <summary>
/// What a backup holds, written next to it as <c>manifest.json</c>: the database kind, the last migration, the
/// rows per table (counted in the same snapshot as the dump) and a SHA-256 per file, so a restore can tell a
/// damaged or incomplete backup from a good one.
/// </summary>
public sealed record BackupManifest(int Format, string Provider, DateTime CreatedAt, string LastMigration, bool IncludesMasterKey,
    SortedDictionary<string, long> Rows, SortedDictionary<string, string> Files)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<BackupManifest> ReadAsync(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new BackupException($"{folder} holds no {FileName}: it is not a backup made by this program.");
        }
        await using var stream = File.OpenRead(path);
        var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json)
            ?? throw new BackupException($"{path} is empty.");
        if (manifest.Format != CurrentFormat)
        {
            throw new BackupException($"The backup has format {manifest.Format}; this program reads format {CurrentFormat}.");
        }
        return manifest;
    }

    public async Task WriteAsync(string folder)
    {
        await using var stream = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json);
    }

    /// <summary>Every file of the backup (manifest and master key aside) with its SHA-256.</summary>
    public static async Task<SortedDictionary<string, string>> HashFilesAsync(string folder)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative is FileName or MasterKeyFile)
            {
                continue;
            }
            await using var stream = File.OpenRead(file);
            hashes[relative] = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
        }
        return hashes;
    }

    public const string MasterKeyFile = "master.key";
}

/// <summary>A backup or restore that cannot go on, with the reason for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
