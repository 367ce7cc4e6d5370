using System.Security.Cryptography;

namespace Inclusief.Web.Infrastructure.Crypto;

/// <summary>
/// The 256-bit key, kept outside the database, that wraps the Data Protection key ring stored in the
/// database. Without it, a copy of the database reveals no encrypted field.
/// </summary>
public sealed class MasterKey
{
    public const int SizeInBytes = 32;

    private readonly byte[] _key;

    private MasterKey(byte[] key) => _key = key;

    public static MasterKey Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Crypto:MasterKeyFile"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "data", "keys", "master.key")
            : Path.Combine(environment.ContentRootPath, configured);
        if (!File.Exists(path))
        {
            if (!string.IsNullOrWhiteSpace(configured) || !environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"The master key file '{path}' does not exist. Create one with 32 random bytes, base64-encoded " +
                    "(for example: head -c 32 /dev/urandom | base64 > master.key), keep it outside the database backups, " +
                    "and set Crypto:MasterKeyFile to its path.");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(SizeInBytes)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (key.Length != SizeInBytes)
        {
            throw new InvalidOperationException($"The master key in '{path}' must be {SizeInBytes} bytes (base64-encoded).");
        }
        return new MasterKey(key);
    }

    /// <summary>Writes the key as a new key file, readable by its owner only from its first byte, for a backup that must be restorable elsewhere.</summary>
    public void WriteTo(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var file = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        file.Write(Convert.ToBase64String(_key));
    }

    /// <summary>A key for one purpose (HKDF), so the master key itself is used for nothing but wrapping.</summary>
    public byte[] Derive(string purpose) => HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, SizeInBytes, info: System.Text.Encoding.UTF8.GetBytes(purpose));

    public byte[] Seal(byte[] plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var ciphertext = new byte[plaintext.Length];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Encrypt(nonce, plaintext, ciphertext, tag);
        return [.. nonce, .. tag, .. ciphertext];
    }

    public byte[] Open(byte[] sealedBytes)
    {
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plaintext = new byte[sealedBytes.Length - nonceSize - tagSize];
        using var aes = new AesGcm(_key, tagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, nonceSize), sealedBytes.AsSpan(nonceSize + tagSize), sealedBytes.AsSpan(nonceSize, tagSize), plaintext);
        return plaintext;
    }
}
