using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>Sends a code to a typed number and, when the code comes back, hands the number over; in the caller's unit of work.</summary>
public sealed class NumberVerifications(AppDbContext db, FieldCipher cipher, MasterKey masterKey, Texter texter, SmsTemplate template, TimeProvider clock)
{
    public async Task SendCodeAsync(string purpose, string owner, MobileNumber number, string culture)
    {
        var verification = await db.Set<NumberVerification>().SingleOrDefaultAsync(v => v.Purpose == purpose && v.Owner == owner);
        if (verification is null)
        {
            verification = NumberVerification.For(purpose, owner);
            db.Add(verification);
        }
        var code = verification.Send(cipher.Encrypt(number.E164, NumberVerification.CipherPurpose), masterKey, clock.GetUtcNow().UtcDateTime);
        texter.Queue(template.Compose(number, culture, "Je code is {0}. Hij werkt 10 minuten.", code));
    }

    /// <summary>The number once the code matches (the verification is then done); throws with the reason otherwise.</summary>
    public async Task<MobileNumber> CheckAsync(string purpose, string owner, string? code)
    {
        var verification = await db.Set<NumberVerification>().SingleOrDefaultAsync(v => v.Purpose == purpose && v.Owner == owner)
            ?? throw new RuleException("Vraag eerst een code aan.");
        try
        {
            verification.Check(code, masterKey, clock.GetUtcNow().UtcDateTime);
        }
        catch (RuleException)
        {
            // The failed try counts, whatever the caller does next.
            await db.SaveChangesAsync();
            throw;
        }
        db.Remove(verification);
        return MobileNumber.FromStored(cipher.Decrypt(verification.EncryptedNumber, NumberVerification.CipherPurpose));
    }

    /// <summary>Which number waits for its code, masked, if any.</summary>
    public async Task<string?> WaitingAsync(string purpose, string owner) =>
        await db.Set<NumberVerification>().AsNoTracking().SingleOrDefaultAsync(v => v.Purpose == purpose && v.Owner == owner && v.CodeHash != "") is { } waiting
            ? MobileNumber.FromStored(cipher.Decrypt(waiting.EncryptedNumber, NumberVerification.CipherPurpose)).Masked
            : null;
}
