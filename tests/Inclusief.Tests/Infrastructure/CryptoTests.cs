using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Crypto;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

public sealed class CryptoTests : IDisposable
{
    private const string Narrative = "Hij werd agressief bij de Hoefkade en nam mijn telefoon af.";
    private readonly AppFactory _app = new();

    private FieldCipher Cipher => _app.Services.GetRequiredService<FieldCipher>();

    [Fact]
    public void An_encrypted_field_reads_back_and_does_not_contain_the_text()
    {
        var stored = Cipher.Encrypt(Narrative, "complaint.narrative");

        Assert.DoesNotContain("Hoefkade", stored, StringComparison.Ordinal);
        Assert.Equal(Narrative, Cipher.Decrypt(stored, "complaint.narrative"));
    }

    [Fact]
    public void A_field_encrypted_for_one_purpose_cannot_be_read_as_another()
    {
        var stored = Cipher.Encrypt(Narrative, "complaint.narrative");

        Assert.False(Cipher.TryDecrypt(stored, "safety.narrative", out _));
    }

    [Fact]
    public async Task After_a_key_rotation_new_text_uses_the_new_key_and_older_text_still_reads_back()
    {
        var before = Cipher.Encrypt(Narrative, "complaint.narrative");
        var now = TimeProvider.System.GetUtcNow();

        _app.Services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
        var after = await EncryptedWithAnotherKeyThanAsync(KeyId(before));

        Assert.Equal(Narrative, Cipher.Decrypt(before, "complaint.narrative"));
        Assert.Equal(Narrative, Cipher.Decrypt(after, "complaint.narrative"));
    }

    /// <summary>Data Protection picks up a new default key when it refreshes its cached key ring.</summary>
    private async Task<string> EncryptedWithAnotherKeyThanAsync(string oldKeyId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var encrypted = Cipher.Encrypt(Narrative, "complaint.narrative");
            if (KeyId(encrypted) != oldKeyId)
            {
                return encrypted;
            }
            await Task.Delay(50, timeout.Token);
        }
    }

    [Fact]
    public async Task The_key_ring_in_the_database_is_wrapped_by_the_master_key_kept_outside_it()
    {
        Cipher.Encrypt(Narrative, "complaint.narrative");
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var stored = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();

        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("masterKeyEncrypted", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey ", xml, StringComparison.Ordinal);
        });
    }

    private static string KeyId(string stored) => new Guid(Convert.FromBase64String(stored).AsSpan(4, 16)).ToString();

    public void Dispose() => _app.Dispose();
}
