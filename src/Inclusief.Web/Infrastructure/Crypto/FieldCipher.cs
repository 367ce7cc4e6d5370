using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Inclusief.Web.Infrastructure.Crypto;

/// <summary>
/// Encrypts free-text fields at rest (AES-256-GCM through Data Protection). Each purpose gets its own
/// derived key, so a complaint narrative cannot be decrypted as a safety report. Keys rotate on the
/// Data Protection schedule; older keys stay available for decryption.
/// </summary>
public sealed class FieldCipher(IDataProtectionProvider provider)
{
    private const string Root = "Inclusief.Fields.v1";

    // A protector per purpose, made once: a fan-out encrypts thousands of payloads for the same purpose.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IDataProtector> _protectors = new();

    private IDataProtector Protector(string purpose) => _protectors.GetOrAdd(purpose, p => provider.CreateProtector(Root, p));

    public string Encrypt(string plaintext, string purpose) =>
        Convert.ToBase64String(Protector(purpose).Protect(Encoding.UTF8.GetBytes(plaintext)));

    /// <summary>What someone typed, trimmed and encrypted; null when they left it blank, so an empty field stores nothing.</summary>
    public string? SealOrNull(string? text, string purpose) =>
        string.IsNullOrWhiteSpace(text) ? null : Encrypt(text.Trim(), purpose);

    public string Decrypt(string ciphertext, string purpose) =>
        Encoding.UTF8.GetString(Protector(purpose).Unprotect(Convert.FromBase64String(ciphertext)));

    /// <summary>The plaintext of an optional field; null when the field is empty or cannot be decrypted.</summary>
    public string? DecryptOrNull(string? ciphertext, string purpose) =>
        ciphertext is not null && TryDecrypt(ciphertext, purpose, out var plaintext) ? plaintext : null;

    public bool TryDecrypt(string ciphertext, string purpose, out string plaintext)
    {
        try
        {
            plaintext = Decrypt(ciphertext, purpose);
            return true;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            plaintext = "";
            return false;
        }
    }
}
