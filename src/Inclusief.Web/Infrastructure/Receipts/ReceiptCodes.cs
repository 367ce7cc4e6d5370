using System.Security.Cryptography;
using System.Text;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Receipts;

/// <summary>
/// Anonymous follow-up, shared by the complaint desk and safety reports: a random 16-digit receipt code shown
/// once and stored only as a slow hash (PBKDF2-SHA256) with a system-wide secret salt derived from the master key
/// outside the database. The salt is the same for every code, so a code can be looked up by its hash; without
/// the master key a copy of the database cannot be used to test guesses. Every lookup computes one hash, also
/// for malformed input, so a wrong code costs the same time as a right one.
/// </summary>
public sealed class ReceiptCodes(MasterKey masterKey, IOptions<ReceiptOptions> options)
{
    public const int Digits = 16;

    private readonly byte[] _salt = masterKey.Derive("Inclusief.Receipts.v1");

    /// <summary>A fresh code, grouped for reading aloud and copying: "1234 5678 9012 3456".</summary>
    public static string Create()
    {
        var digits = RandomCode.Of(Digits, RandomCode.Digits);
        return string.Join(' ', Enumerable.Range(0, Digits / 4).Select(i => digits.Substring(i * 4, 4)));
    }

    /// <summary>The hash to store or look up; malformed input gets the hash of a value no code can have.</summary>
    public string Hash(string? code)
    {
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        var input = digits.Length == Digits ? digits : "not-a-receipt-code";
        return Convert.ToHexString(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(input), _salt, options.Value.Iterations, HashAlgorithmName.SHA256, 32));
    }

    /// <summary>
    /// The end of the programme day the unused period runs out on: a code's last use is kept by the day, since the
    /// moment it was used would say when its reporter was online.
    /// </summary>
    public DateTime ExpiresAt(DateTime now) => ProgrammeTime.StartOf(ProgrammeTime.DayOf(now + options.Value.ExpiresAfterUnused).AddDays(1));
}
