using System.Security.Cryptography;
using System.Text;
using Inclusief.Web.Infrastructure.Crypto;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// A number someone typed, waiting for the six-digit code sent to it: only who holds the phone can add it. One waits per
/// purpose and owner; the code is kept as a keyed hash, works ten minutes and takes five tries.
/// </summary>
public class NumberVerification
{
    public const string CipherPurpose = "sms.number";
    public const int MaxAttempts = 5;
    public const int MaxSendsPerDay = 3;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>What the number is for ("safety" alerts, say), so one owner's verifications for different things never mix.</summary>
    public string Purpose { get; private set; } = "";

    /// <summary>Whose number it will be: the id of a safety membership, an account.</summary>
    public string Owner { get; private set; } = "";

    public string EncryptedNumber { get; private set; } = "";

    public string CodeHash { get; private set; } = "";

    public DateTime SentAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Codes sent on <see cref="SentOn"/>: a phone is not flooded by someone typing its number again and again.</summary>
    public int SendsThatDay { get; private set; }

    public DateOnly SentOn { get; private set; }

    public static NumberVerification For(string purpose, string owner) => new() { Purpose = purpose, Owner = owner };

    /// <summary>A new code for <paramref name="encryptedNumber"/>; the earlier one stops working.</summary>
    public string Send(string encryptedNumber, MasterKey masterKey, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        SendsThatDay = SentOn == today ? SendsThatDay + 1 : 1;
        RuleException.Unless(SendsThatDay <= MaxSendsPerDay, "Er zijn vandaag al {0} codes gestuurd. Probeer het morgen opnieuw.", MaxSendsPerDay);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        SentOn = today;
        SentAt = now;
        Attempts = 0;
        EncryptedNumber = encryptedNumber;
        CodeHash = Hash(code, masterKey);
        return code;
    }

    /// <summary>Throws with the reason when the code sent no longer works.</summary>
    public void EnsureUsable(DateTime now)
    {
        RuleException.Unless(CodeHash.Length > 0 && now - SentAt <= Lifetime, "Deze code werkt niet meer. Vraag een nieuwe aan.");
        RuleException.Unless(Attempts < MaxAttempts, TooManyTries);
    }

    public const string TooManyTries = "Te vaak een verkeerde code. Vraag een nieuwe aan.";

    /// <summary>Whether <paramref name="typed"/> is the code sent (spaces and dashes ignored). Tries are counted by <see cref="NumberVerifications"/>.</summary>
    public bool Matches(string? typed, MasterKey masterKey)
    {
        var digits = new string((typed ?? "").Where(char.IsAsciiDigit).ToArray());
        return CodeHash.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(digits, masterKey)), Encoding.ASCII.GetBytes(CodeHash));
    }

    /// <summary>
    /// The code came back: code and number go, the row stays until <see cref="NumberVerificationRetention"/> removes it, so
    /// the codes sent that day keep counting (a success must not reset the limit).
    /// </summary>
    public void Used()
    {
        CodeHash = "";
        EncryptedNumber = "";
    }

    private string Hash(string code, MasterKey masterKey) =>
        Convert.ToHexString(HMACSHA256.HashData(masterKey.Derive("Inclusief.Sms.Codes.v1"), Encoding.UTF8.GetBytes($"{Id:N}:{code}")));
}
