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
    public static MobileNumber? Parse(string? typed) =>
        Read(typed)
        // A gateway may pass an international number without its plus (31612345678): read as Dutch it is no number at all.
        ?? (typed is { Length: > 9 } digits && digits.All(char.IsAsciiDigit) && !digits.StartsWith('0') ? Read("+" + digits) : null);

    private static MobileNumber? Read(string? typed)
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

    /// <summary>
    /// The last two digits, for a screen reader: <see cref="Masked"/> read aloud is a string of "bullet"s, so pages show it
    /// hidden from speech and say "ends in …" instead.
    /// </summary>
    public string LastDigits => E164[^2..];

    /// <summary>The country code and the last two digits: enough to recognise one's own number, too little to call it.</summary>
    public string Masked
    {
        get
        {
            var country = $"+{Phones.Parse(E164, null).CountryCode}";
            return $"{country} {new string('•', E164.Length - country.Length - 2)}{E164[^2..]}";
        }
    }

    /// <summary>
    /// The number's keyed hash within <paramref name="scope"/> (a kind of row: members, reports, complaints). Each scope has
    /// a key of its own, so a copy of the database cannot join an anonymous report to a member by the number they share.
    /// </summary>
    public string KeyWith(MasterKey masterKey, string scope) =>
        Convert.ToHexString(HMACSHA256.HashData(masterKey.Derive($"Inclusief.Sms.Numbers.{scope}.v1"), Encoding.UTF8.GetBytes(E164)));
}
