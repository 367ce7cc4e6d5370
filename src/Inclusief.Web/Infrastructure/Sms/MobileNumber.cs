using System.Security.Cryptography;
using System.Text;
using Inclusief.Web.Infrastructure.Crypto;
using PhoneNumbers;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// A number that can receive SMS, in E.164 however it was typed (Dutch when no country is given). Stored encrypted, found
/// by its keyed hash (so the same number is one person's, without a readable column), and shown masked.
/// </summary>
public sealed record MobileNumber
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    private MobileNumber(string e164) => E164 = e164;

    public string E164 { get; }

    /// <summary>What a form says when a typed number cannot take SMS.</summary>
    public const string NotMobile = "Dit is geen mobiel nummer. Typ het zoals je het zou bellen, bijvoorbeeld 06 12345678.";

    /// <summary>The number or null: a valid mobile number (or one the numbering plan cannot tell from a landline).</summary>
    public static MobileNumber? Parse(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 32 || typed.Any(char.IsLetter))
        {
            return null;
        }
        try
        {
            var number = Phones.Parse(typed, "NL");
            return Phones.IsValidNumber(number) && Phones.GetNumberType(number) is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE
                ? new MobileNumber(Phones.Format(number, PhoneNumberFormat.E164))
                : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>Read back from its encrypted column.</summary>
    public static MobileNumber FromStored(string e164) => new(e164);

    /// <summary>The country code and the last two digits: enough to recognise one's own number, too little to call it.</summary>
    public string Masked => $"{E164[..3]} {new string('•', E164.Length - 5)}{E164[^2..]}";

    public string KeyWith(MasterKey masterKey) =>
        Convert.ToHexString(HMACSHA256.HashData(masterKey.Derive("Inclusief.Sms.Numbers.v1"), Encoding.UTF8.GetBytes(E164)));
}
