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
        texter.Queue(template.Compose(number, culture, SmsPurpose.Code, "Je code is {0}. Hij werkt 10 minuten.", code));
    }

    /// <summary>The number once the code matches (the verification is then done); throws with the reason otherwise.</summary>
    public async Task<MobileNumber> CheckAsync(string purpose, string owner, string? code)
    {
        var verification = await db.Set<NumberVerification>().SingleOrDefaultAsync(v => v.Purpose == purpose && v.Owner == owner)
            ?? throw new RuleException("Vraag eerst een code aan.");
        verification.EnsureUsable(clock.GetUtcNow().UtcDateTime);
        // Counted in the database before the code is compared, and only while tries are left: the count holds whatever the
        // caller saves, and a thousand guesses sent at once still get five tries between them.
        var id = verification.Id;
        var counted = await db.Set<NumberVerification>().Where(v => v.Id == id && v.Attempts < NumberVerification.MaxAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Attempts, v => v.Attempts + 1));
        RuleException.Unless(counted == 1, NumberVerification.TooManyTries);
        if (!verification.Matches(code, masterKey))
        {
            await db.Entry(verification).ReloadAsync();
            var left = NumberVerification.MaxAttempts - verification.Attempts;
            throw left > 0 ? new RuleException("Deze code klopt niet. Je kunt het nog {0} keer proberen.", left) : new RuleException(NumberVerification.TooManyTries);
        }
        var number = MobileNumber.FromStored(cipher.Decrypt(verification.EncryptedNumber, NumberVerification.CipherPurpose));
        verification.Used();
        // Its holder asks for texts again, with the code to prove it: a STOP given earlier no longer holds.
        var stopped = number.KeyWith(masterKey, StoppedNumber.Scope);
        db.RemoveRange(await db.Set<StoppedNumber>().Where(s => s.NumberKey == stopped).ToListAsync());
        return number;
    }

    /// <summary>Which number waits for its code, if any (to be shown masked).</summary>
    public async Task<MobileNumber?> WaitingAsync(string purpose, string owner) =>
        await db.Set<NumberVerification>().AsNoTracking().SingleOrDefaultAsync(v => v.Purpose == purpose && v.Owner == owner && v.CodeHash != "") is { } waiting
            ? MobileNumber.FromStored(cipher.Decrypt(waiting.EncryptedNumber, NumberVerification.CipherPurpose))
            : null;
}
